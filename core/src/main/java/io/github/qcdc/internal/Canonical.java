package io.github.qcdc.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical text of a definition, the bytes a pack's fingerprint is computed from: defined
 * here, never a {@code toString()}, the same in every JVM. Not API.
 *
 * <ul>
 *   <li>a text: in double quotes, {@code "} and {@code \} escaped with {@code \}, every other
 *       character as it is (UTF-8 when hashed);
 *   <li>a whole number, a decimal: its plain digits ({@code 2}, {@code -7}, {@code 16493.7});
 *       {@code true}, {@code false};
 *   <li>a day: {@code 2025-07-01}; an enum constant: {@code Type.NAME};
 *   <li>an {@code Optional}: {@code -} when empty, else its value;
 *   <li>a list: {@code [a,b]} in order; a set: {@code [a,b]} sorted by canonical text; a map:
 *       {@code {k=v,k=v}} sorted by canonical key;
 *   <li>a record: {@code Name(c1=v1,c2=v2)}, its components in declaration order; a value class
 *       with abstract accessors (Immutables): {@code Name(a=v,...)}, accessors sorted by name.
 * </ul>
 */
public final class Canonical {
  private Canonical() {}

  /** The canonical text of {@code value}. */
  public static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      out.append('"');
    } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
      out.append(String.valueOf(value));
    } else if (value instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (value instanceof LocalDate day) {
      out.append(day.toString()); // ISO-8601, defined by java.time
    } else if (value instanceof Enum<?> e) {
      out.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
    } else if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        write(o.get(), out);
      } else {
        out.append('-');
      }
    } else if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      map.forEach((k, v) -> entries.add(of(k) + "=" + of(v)));
      entries.sort(Comparator.naturalOrder());
      out.append('{').append(String.join(",", entries)).append('}');
    } else if (value instanceof Set<?> set) {
      List<String> items = new ArrayList<>();
      set.forEach(v -> items.add(of(v)));
      items.sort(Comparator.naturalOrder());
      out.append('[').append(String.join(",", items)).append(']');
    } else if (value instanceof Collection<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(v -> items.add(of(v)));
      out.append('[').append(String.join(",", items)).append(']');
    } else if (value.getClass().isRecord()) {
      out.append(value.getClass().getSimpleName()).append('(');
      RecordComponent[] components = value.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        out.append(i == 0 ? "" : ",").append(components[i].getName()).append('=');
        write(call(components[i].getAccessor(), value), out);
      }
      out.append(')');
    } else {
      List<Method> accessors = accessors(value.getClass());
      if (accessors.isEmpty()) {
        throw new IllegalArgumentException("no canonical form for a " + value.getClass().getName());
      }
      out.append(accessors.get(0).getDeclaringClass().getSimpleName()).append('(');
      for (int i = 0; i < accessors.size(); i++) {
        out.append(i == 0 ? "" : ",").append(accessors.get(i).getName()).append('=');
        write(call(accessors.get(i), value), out);
      }
      out.append(')');
    }
  }

  /** The public abstract accessors the value class of {@code type} declares, sorted by name. */
  private static List<Method> accessors(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      List<Method> found =
          Arrays.stream(c.getDeclaredMethods())
              .filter(m -> Modifier.isAbstract(m.getModifiers()))
              .filter(m -> Modifier.isPublic(m.getModifiers()))
              .filter(m -> m.getParameterCount() == 0 && m.getReturnType() != void.class)
              .sorted(Comparator.comparing(Method::getName))
              .toList();
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static Object call(Method accessor, Object on) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(on);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor.getName() + " of a definition", e);
    }
  }
}
