package io.github.influxauth.cli;

import io.github.influxauth.config.Environment;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Lets tools that build the command tree from a class name (picocli-codegen's man page generator, at build
 * time) create {@link RootCommand.WithSubcommands}, which needs an {@link Environment}. The environment is
 * empty, so the generated pages never depend on the machine that built them.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == RootCommand.WithSubcommands.class) {
            return cls.cast(new RootCommand.WithSubcommands(new Environment(
                    Map.of(), Path.of(System.getProperty("user.home")), InputStream.nullInputStream())));
        }
        return fallback.create(cls);
    }
}
