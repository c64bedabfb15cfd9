package org.xueji.examples;

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
 * Keeps the README's Java snippets true: each is introduced by the file it comes from, and its
 * lines must appear in that compiled file, in order.
 */
class ReadmeSnippetsTest {

    private static final Pattern SNIPPET = Pattern.compile(
            "From `([^`]+\\.java)`[^\\n]*\\n\\n```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaSnippetIsCopiedFromACompiledFile() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        Matcher snippets = SNIPPET.matcher(readme);
        List<String> checked = new ArrayList<>();

        while (snippets.find()) {
            List<String> source = Files.readAllLines(root.resolve(snippets.group(1))).stream()
                    .map(String::strip).toList();
            int at = 0;
            for (String line : snippets.group(2).lines().map(String::strip).toList()) {
                if (line.isEmpty()) {
                    continue;
                }
                int found = source.subList(at, source.size()).indexOf(line);
                assertThat(found).as("%s: %s", snippets.group(1), line).isNotNegative();
                at += found + 1;
            }
            checked.add(snippets.group(1));
        }

        assertThat(checked).as("snippets found in README.md").hasSizeGreaterThanOrEqualTo(3);
        assertThat(readme.split("```java", -1)).as("every Java block says its file")
                .hasSize(checked.size() + 1);
    }
}
