package io.github.influxauth;

import io.github.influxauth.cli.Commands;
import io.github.influxauth.config.Environment;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale: '?' for every accent helps no one.
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(Commands.run(args, Environment.system(), new FileOutputStream(FileDescriptor.out), err));
    }
}
