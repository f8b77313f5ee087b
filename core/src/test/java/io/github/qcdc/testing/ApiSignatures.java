package io.github.qcdc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module, one line a type or member, sorted: the public and protected types of
 * its exported packages and their public and protected constructors, methods and fields. Tests
 * compare it with a checked-in file, so that a change to the API is a visible diff.
 */
public final class ApiSignatures {
  private ApiSignatures() {}

  /**
   * The API of the classes compiled under {@code classes}, of the module of {@code anchor}.
   *
   * @param classes the module's compiled classes ({@code target/classes})
   * @param anchor any class of the module
   */
  public static List<String> of(Path classes, Class<?> anchor) {
    Set<String> exported = exportedPackages(anchor);
    Set<String> lines = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
        if (exported.contains(type.getPackageName()) && visible(type)) {
          lines.addAll(describe(type));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return new ArrayList<>(lines);
  }

  private static Set<String> exportedPackages(Class<?> anchor) {
    ModuleDescriptor descriptor = anchor.getModule().getDescriptor();
    if (descriptor == null) {
      throw new IllegalStateException("not run as a named module: " + anchor.getModule());
    }
    return descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) && !Modifier.isProtected(t.getModifiers())) {
        return false;
      }
      if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> describe(Class<?> type) {
    List<String> out = new ArrayList<>();
    String name = type.getName();
    out.add(name + " = " + kind(type));
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (member(c.getModifiers()) && !c.isSynthetic() && !type.isEnum()) {
        out.add(name + " " + c.toGenericString().replace(c.getDeclaringClass().getName(), "new"));
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (member(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        out.add(name + " " + m.toGenericString().replace(name + ".", ""));
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (member(f.getModifiers()) && !f.isSynthetic()) {
        out.add(name + " " + f.toGenericString().replace(name + ".", ""));
      }
    }
    return out;
  }

  private static boolean member(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String kind(Class<?> type) {
    String supers =
        Stream.concat(
                type.getGenericSuperclass() == null
                        || type.getSuperclass() == Object.class
                        || type.getSuperclass() == Record.class
                        || type.getSuperclass() == Enum.class
                    ? Stream.empty()
                    : Stream.of("extends " + type.getGenericSuperclass().getTypeName()),
                Stream.of(type.getGenericInterfaces())
                    .map(i -> i.getTypeName())
                    .sorted()
                    .map(i -> "implements " + i))
            .collect(Collectors.joining(" "));
    String kind =
        type.isRecord()
            ? "record"
            : type.isEnum() ? "enum" : type.isInterface() ? "interface" : "class";
    String modifiers = Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE);
    return (modifiers + " " + kind + (supers.isEmpty() ? "" : " " + supers)).strip();
  }

  /**
   * Compares the API with {@code file}, or writes it there when the system property {@code
   * qcdc.api.write} is set (and fails, so that a writing run never passes unnoticed).
   */
  public static void assertMatches(List<String> api, Path file) {
    String text = String.join("\n", api) + "\n";
    try {
      if (System.getProperty("qcdc.api.write") != null) {
        Files.writeString(file, text);
        throw new AssertionError("wrote " + file + "; run again without -Dqcdc.api.write");
      }
      String expected = Files.readString(file);
      org.junit.jupiter.api.Assertions.assertEquals(
          expected,
          text,
          "the public API changed: if on purpose, run with -Dqcdc.api.write=true and commit "
              + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
