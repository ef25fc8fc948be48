package io.github.influxauth.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodedSecretsTest {

    private static final String TOKEN = "s3cret/Tok+en_value==0123456789abcdef/XYZ";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "s3cret\\/Tok+en_value==0123456789abcdef\\/XYZ",
                "s3cret%2FTok%2Ben_value%3D%3D0123456789abcdef%2FXYZ",
                "s3cret%2fTok%2ben_value%3d%3d0123456789abcdef%2fXYZ",
                "s3cret%252FTok%252Ben_value%253D%253D0123456789abcdef%252FXYZ",
            })
    void findsTheWholeTokenEncoded(String form) {
        assertThrows(
                AssertionError.class,
                () -> EncodedSecrets.assertAbsent(
                        "stderr", "error: " + form + " (HTTP 401)", List.of(TOKEN), List.of()));
    }

    @Test
    void findsHexAndBase64() {
        String hex = HexFormat.of().formatHex(TOKEN.getBytes());
        assertThrows(AssertionError.class, () -> EncodedSecrets.assertAbsent("stderr", hex, List.of(TOKEN), List.of()));
        String base64 = java.util.Base64.getEncoder().encodeToString(TOKEN.getBytes());
        assertThrows(
                AssertionError.class, () -> EncodedSecrets.assertAbsent("stderr", base64, List.of(TOKEN), List.of()));
    }

    @Test
    void findsPiecesOfACallersToken() {
        String cut = "token " + TOKEN.substring(3, 25) + "…";
        assertThrows(AssertionError.class, () -> EncodedSecrets.assertAbsent("stderr", cut, List.of(), List.of(TOKEN)));
        String okioExcerpt = "content=" + HexFormat.of().formatHex(("X-Echo: " + TOKEN).getBytes(), 0, 32) + "…";
        assertThrows(
                AssertionError.class,
                () -> EncodedSecrets.assertAbsent("stderr", okioExcerpt, List.of(), List.of(TOKEN)));
    }

    @Test
    void theMaskedFormAndOtherTextPass() {
        EncodedSecrets.assertAbsent(
                "stdout", "ID  TOKEN\n0d47b4f0c2e6a000  s3cr…/XYZ\n<redacted>\n", List.of(TOKEN), List.of(TOKEN));
    }
}
