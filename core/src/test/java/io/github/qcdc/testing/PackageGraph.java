package io.github.qcdc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependencies between the packages of a source tree, read from the sources: every import and
 * every fully qualified name of a {@code io.github.qcdc} type. Used by the tests that hold the
 * graph free of cycles.
 */
public final class PackageGraph {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(io\\.github\\.qcdc(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  private final Map<String, Set<String>> edges = new TreeMap<>();

  private PackageGraph() {}

  /** The graph of the {@code .java} files under {@code root}. */
  public static PackageGraph of(Path root) {
    PackageGraph graph = new PackageGraph();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = code(Files.readString(file));
        Matcher p = PACKAGE.matcher(text);
        if (!p.find()) {
          continue; // module-info
        }
        String from = p.group(1);
        Set<String> to = graph.edges.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher r = REFERENCE.matcher(text);
        while (r.find()) {
          if (!r.group(1).equals(from)) {
            to.add(r.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /** The code of a source: its comments and string literals left out. */
  private static String code(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (c == '"') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != '"') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        out.append("\"\"");
        i = j + 1;
      } else if (c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != '\'') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The packages {@code from} depends on. */
  public Set<String> dependencies(String from) {
    return edges.getOrDefault(from, Set.of());
  }

  /**
   * The cycles of the graph, each as the packages of one strongly connected component of more than
   * one package, sorted; empty if there are none.
   */
  public List<Set<String>> cycles() {
    List<Set<String>> cycles = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (String a : edges.keySet()) {
      if (done.contains(a)) {
        continue;
      }
      Set<String> component = new TreeSet<>();
      for (String b : edges.keySet()) {
        if (reaches(a, b) && reaches(b, a)) {
          component.add(b);
        }
      }
      done.addAll(component);
      if (component.size() > 1) {
        cycles.add(component);
      }
    }
    return cycles;
  }

  private boolean reaches(String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    Set<String> seen = new TreeSet<>();
    List<String> stack = new ArrayList<>(List.of(from));
    while (!stack.isEmpty()) {
      String p = stack.remove(stack.size() - 1);
      for (String q : edges.getOrDefault(p, Set.of())) {
        if (q.equals(to)) {
          return true;
        }
        if (seen.add(q)) {
          stack.add(q);
        }
      }
    }
    return false;
  }
}
