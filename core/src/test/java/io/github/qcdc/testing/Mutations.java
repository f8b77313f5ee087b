package io.github.qcdc.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Malformed and hostile variants of a valid document, by seeded mutations: cut short, a character
 * removed or repeated, a value of the wrong type, a second {@code format} key, text appended,
 * control characters, a number past any range, stray separators, other line breaks, {@code null}
 * inserted, a byte that is not UTF-8. The same seed gives the same variants.
 */
public final class Mutations {
  private Mutations() {}

  /** {@code count} variants of {@code valid}, drawn with {@code seed}. */
  public static List<byte[]> of(byte[] valid, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> out = new ArrayList<>();
    String text = new String(valid, StandardCharsets.UTF_8);
    for (int i = 0; i < count; i++) {
      int at = random.nextInt(Math.max(1, text.length()));
      String mutated =
          switch (i % 11) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
            case 2 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
            case 3 -> text.replaceFirst("\"[a-z-]+\"(?=[,}\\]])", "12345678901234567890");
            case 4 -> text.replaceFirst("\\{\"", "{\"format\":\"x\",\"");
            case 5 -> text + (random.nextBoolean() ? "x" : "{}");
            case 6 -> text.substring(0, at) + "\u001b[2J\r" + text.substring(at);
            case 7 -> text.replaceFirst("[0-9]", "-99999999999999999999");
            case 8 -> text.substring(0, at) + ",,,\"" + text.substring(at);
            case 9 -> text.replace("\n", "\r\n").replaceFirst(",", ";");
            default -> text.substring(0, at) + "null" + text.substring(at);
          };
      byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8);
      if (i % 13 == 12 && bytes.length > 2) {
        bytes[random.nextInt(bytes.length)] = (byte) 0xE9; // Latin-1 é: not UTF-8
      }
      out.add(bytes);
    }
    return out;
  }
}
