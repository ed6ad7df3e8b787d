package io.propgov.governance.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.examples.readme.ReadmeJavaProject.Block;
import io.propgov.governance.examples.readme.ReadmeJavaProject.Kind;
import io.propgov.governance.examples.readme.ReadmeJavaProject.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How README blocks become the consumer project's source; the consumer build itself runs in the invoker. */
class ReadmeJavaProjectTests {

  private static final List<String> README = List.of(
      "# Title",                                   // 1
      "",                                          // 2
      "Text.",                                     // 3
      "<!-- readme-java: fragment -->",            // 4
      "```java",                                   // 5
      "int a = 1;",                                // 6
      "```",                                       // 7
      "More text.",                                // 8
      "```json",                                   // 9
      "{ \"a\": 1 }",                              // 10
      "```",                                       // 11
      "```java",                                   // 12
      "int b = a + 1;",                            // 13
      "```",                                       // 14
      "<!-- readme-java: skip -->",                // 15
      "```java",                                   // 16
      "this is not Java",                          // 17
      "```",                                       // 18
      "<!-- readme-java: compile-only -->",        // 19
      "```java",                                   // 20
      "String s = \"text\";",                      // 21
      "```");                                      // 22

  @Test
  void findsEveryJavaBlockWithTheKindItsCommentGives() {
    assertEquals(List.of(new Block(5, 7, Kind.FRAGMENT), new Block(12, 14, Kind.RUN), new Block(16, 18, Kind.SKIP),
        new Block(20, 22, Kind.COMPILE_ONLY)), ReadmeJavaProject.blocks(README));
  }

  @Test
  void aFragmentJoinsTheNextBlockAndSkippedBlocksMakeNoUnit() {
    List<Unit> units = ReadmeJavaProject.units(ReadmeJavaProject.blocks(README));
    assertEquals(2, units.size());
    assertEquals("lines 6-6, 13-13", units.get(0).lines());
    assertTrue(units.get(0).runs());
    assertFalse(units.get(1).runs());
  }

  @Test
  void everyCodeLineKeepsItsReadmeLineNumber() {
    List<String> source = source(README);
    for (int line : List.of(6, 13, 21)) {
      assertEquals(README.get(line - 1), source.get(line - 1), "line " + line);
    }
    assertTrue(source.get(4).contains("static void readme_6() throws Exception {"), source.get(4));
    assertEquals("", source.get(6), "the fragment's closing fence does not close the method");
    assertEquals("", source.get(11), "the continuing block's fence does not open a method");
    assertEquals("  }", source.get(13));
    assertEquals("", source.get(16), "a skipped block is not compiled");
    assertTrue(String.join("\n", source).contains("failed += run(\"lines 6-6, 13-13\", README::readme_6);"));
    assertTrue(String.join("\n", source).contains("README.md lines 21-21: compiled (compile-only)"));
  }

  @Test
  void wrongMarksAreRefusedNamingTheirLine() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ReadmeJavaProject.blocks(List.of("x", "<!-- readme-java: maybe -->", "```java", "int a;", "```")));
    assertEquals("README.md line 2: unknown readme-java kind 'maybe' (run, fragment, compile-only or skip)",
        unknown.getMessage());
    IllegalArgumentException lastFragment = assertThrows(IllegalArgumentException.class, () -> ReadmeJavaProject.units(
        ReadmeJavaProject.blocks(List.of("x", "y", "<!-- readme-java: fragment -->", "```java", "int a;", "```"))));
    assertTrue(lastFragment.getMessage().startsWith("README.md line 4: the last ```java block is a fragment"),
        lastFragment.getMessage());
    IllegalArgumentException notJava = assertThrows(IllegalArgumentException.class,
        () -> ReadmeJavaProject.blocks(List.of("<!-- readme-java: skip -->", "```json", "{}", "```")));
    assertTrue(notJava.getMessage().startsWith("README.md line 1: the readme-java comment is followed by a ```json"),
        notJava.getMessage());
    IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class,
        () -> ReadmeJavaProject.blocks(List.of("x", "```java", "int a;")));
    assertEquals("README.md line 2: code block never closed", unclosed.getMessage());
  }

  @Test
  void theReadmeGivesRunnableJavaAndTheExportedPackagesAreImported() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<Unit> units = ReadmeJavaProject.units(ReadmeJavaProject.blocks(readme));
    assertFalse(units.isEmpty());
    assertTrue(units.get(0).runs(), "the quick start runs");
    List<String> exported = ReadmeJavaProject.exportedPackages(
        Files.readString(Path.of("../governance-json/src/main/java/module-info.java")));
    assertEquals(List.of("io.propgov.governance.json"), exported);
  }

  @Test
  void writesTheConsumerPomFromTheReadmesMavenSnippet(@TempDir Path dir) throws IOException {
    List<String> readme = new java.util.ArrayList<>(README);
    readme.addAll(List.of("```xml", "<dependencyManagement><dependencies><dependency><groupId>io.propgov</groupId>",
        "<artifactId>governance-bom</artifactId><version>9.9</version><type>pom</type><scope>import</scope>",
        "</dependency></dependencies></dependencyManagement>", "<dependencies><dependency><groupId>io.propgov</groupId>",
        "<artifactId>governance-core</artifactId></dependency></dependencies>", "```"));
    Files.writeString(dir.resolve("README.md"), String.join("\n", readme), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("module-info.java"), "module m {\n  exports a.b;\n}\n", StandardCharsets.UTF_8);
    ReadmeJavaProject.main(new String[] {dir.resolve("README.md").toString(), dir.resolve("out").toString(), "9.9",
        dir.toString(), dir.resolve("module-info.java").toString()});
    String pom = Files.readString(dir.resolve("out/pom.xml"));
    assertEquals(2, pom.split("<groupId>io.propgov</groupId>", -1).length - 1, pom);
    assertTrue(pom.contains("<artifactId>governance-bom</artifactId><version>9.9</version><type>pom</type>"), pom);
    assertTrue(pom.contains("<artifactId>governance-core</artifactId></dependency></dependencies>"), pom);
    String java = Files.readString(dir.resolve("out/src/main/java/readme/README.java"));
    assertTrue(java.startsWith("package readme; import java.math.*;"), java);
    assertTrue(java.lines().findFirst().orElseThrow().endsWith(" import a.b.*;"), java);
  }

  private static List<String> source(List<String> readme) {
    return ReadmeJavaProject.source(readme, ReadmeJavaProject.units(ReadmeJavaProject.blocks(readme)),
        ReadmeJavaProject.JDK_PACKAGES).lines().toList();
  }

  @Test
  void theMavenSnippetIsTakenVerbatimAndMustNameTheVersionBuilt() {
    List<String> readme = List.of("Text.", "```xml", "<dependencies><version>9.9.9</version></dependencies>", "```");
    assertEquals("<dependencies><version>9.9.9</version></dependencies>", ReadmeJavaProject.mavenSnippet(readme, "9.9.9"));
    assertTrue(ReadmeJavaProject.pom("9.9.9", Path.of("/tmp"), ReadmeJavaProject.mavenSnippet(readme, "9.9.9"))
        .contains("<dependencies><version>9.9.9</version></dependencies>"));
    IllegalArgumentException stale = assertThrows(IllegalArgumentException.class,
        () -> ReadmeJavaProject.mavenSnippet(readme, "1.0.0"));
    assertTrue(stale.getMessage().contains("governance-bom 1.0.0"), stale.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReadmeJavaProject.mavenSnippet(List.of("no xml"), "9.9.9"));
  }
}
