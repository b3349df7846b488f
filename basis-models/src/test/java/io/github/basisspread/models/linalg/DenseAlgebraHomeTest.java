package io.github.basisspread.models.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** models.linalg is the module's one home of dense linear algebra (issue 16): nobody else imports the libraries. */
class DenseAlgebraHomeTest {

    @Test
    void onlyLinalgImportsEjmlOrCommonsMathLinear() throws IOException {
        Path main = Path.of("src", "main", "java");
        assertThat(main).isDirectory();
        Path linalg = main.resolve(Path.of("io", "github", "basisspread", "models", "linalg"));
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(linalg))
                    .filter(p -> {
                        try {
                            String s = Files.readString(p);
                            return s.contains("org.ejml") || s.contains("org.apache.commons.math3.linear");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).collect(Collectors.toList());
        }
        assertThat(offenders).isEmpty();
    }
}
