package io.github.qcdc.examples.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No method of the library ({@code core} and {@code io}) is longer than {@value #MOST_LINES} lines,
 * but the data tables of the national pack, which list its rules, indicators and examples one entry
 * after another. The sources are parsed with the JDK's compiler tree API.
 */
class MethodLengthTest {
  static final int MOST_LINES = 60;

  /** The deliberate tables: {@code File.method}. */
  static final Set<String> TABLES =
      Set.of(
          "CommuneRules.table",
          "WorkplaceRules.all",
          "NationalExamples.rules",
          "NationalIndicators.entries",
          "ExampleData.communes");

  @Test
  void noMethodOfTheLibraryIsLongerThanSixtyLinesButTheDataTables() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("../core/src/main/java", "../io/src/main/java")) {
      try (Stream<Path> all = Files.walk(Path.of(root))) {
        all.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.getFileName().toString().equals("module-info.java"))
            .forEach(files::add);
      }
    }
    Set<String> longer = new TreeSet<>();
    Set<String> tables = new TreeSet<>();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  null,
                  fm,
                  d -> {},
                  List.of("-proc:none"),
                  null,
                  fm.getJavaFileObjectsFromPaths(files));
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      for (CompilationUnitTree unit : task.parse()) {
        LineMap lines = unit.getLineMap();
        String file = Path.of(unit.getSourceFile().toUri()).getFileName().toString();
        String owner = file.substring(0, file.length() - ".java".length());
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitMethod(MethodTree method, Void v) {
            if (method.getBody() != null) {
              long first = lines.getLineNumber(positions.getStartPosition(unit, method));
              long last = lines.getLineNumber(positions.getEndPosition(unit, method));
              String name = owner + "." + method.getName();
              if (last - first + 1 > MOST_LINES) {
                (TABLES.contains(name) ? tables : longer)
                    .add(name + " (" + (last - first + 1) + " lines, line " + first + ")");
              }
            }
            return super.visitMethod(method, v);
          }
        }.scan(unit, null);
      }
    }
    assertEquals(Set.of(), longer, "split these methods");
    assertEquals(TABLES.size(), tables.size(), "the tables listed are still long: " + tables);
  }
}
