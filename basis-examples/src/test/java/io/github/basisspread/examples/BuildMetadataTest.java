package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM lists every published module at the parent's version (it has no parent of its own, so
 * nothing else keeps the two in step), and the module POMs do not append their names to the
 * project and SCM URLs.
 */
class BuildMetadataTest {

    private static final Path ROOT = Path.of("..");
    /** Built but not published (the release profile's excludeArtifacts), or the BOM itself. */
    private static final List<String> UNPUBLISHED = List.of("basis-examples", "basis-benchmarks", "basis-bom");

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The first {@code <version>} after the {@code <artifactId>} of the project itself. */
    private static String projectVersion(String pom, String artifactId) {
        Matcher m = Pattern.compile("<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(m.find()).as("version of " + artifactId).isTrue();
        return m.group(1);
    }

    @Test
    void bomListsEveryPublishedModuleAtTheParentVersion() throws IOException {
        String parent = read("pom.xml");
        String bom = read("basis-bom/pom.xml");
        assertThat(projectVersion(bom, "basis-bom")).isEqualTo(projectVersion(parent, "basis-parent"));
        List<String> published = new ArrayList<>(all(Pattern.compile("<module>([^<]+)</module>"), parent));
        published.removeAll(UNPUBLISHED);
        List<String> managed = all(Pattern.compile("<artifactId>(basis-[a-z]+)</artifactId>\\s*<version>"
                + Pattern.quote("${project.version}") + "</version>"), bom);
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
        assertThat(bom).doesNotContain("<parent>");
    }

    @Test
    void modulesDoNotAppendTheirPathToUrlAndScm() throws IOException {
        String parent = read("pom.xml");
        assertThat(parent).contains("child.project.url.inherit.append.path=\"false\"");
        for (String attribute : List.of("child.scm.connection.inherit.append.path=\"false\"",
                "child.scm.developerConnection.inherit.append.path=\"false\"",
                "child.scm.url.inherit.append.path=\"false\"")) {
            assertThat(parent).contains(attribute);
        }
    }
}
