package io.omharness.config;

import io.omharness.report.SecretScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    @Test
    void registeredSecretsAreMaskedAndNeverPrinted() {
        Secret secret = Secret.of("s3cr3t-value-for-redactor");
        assertThat(secret.toString()).doesNotContain("s3cr3t");
        assertThat(Redactor.redact("token=s3cr3t-value-for-redactor; ok")).isEqualTo("token=" + Redactor.MASK + "; ok");
        assertThat(Redactor.leaks("x s3cr3t-value-for-redactor")).isTrue();
        assertThat(Redactor.leaks("nothing here")).isFalse();
    }

    @Test
    void theScanFindsASecretInAnyFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("clean.json"), "{\"name\":\"step\"}");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/leaky.html"), "<input value=\"hunter2-hunter2\">");
        assertThat(SecretScan.leaks(dir, List.of("hunter2-hunter2", "absent-secret")))
                .containsExactly("sub/leaky.html: secret #1");
    }
}
