package io.github.qcdc.audit;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.text.NumberStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a Vietnamese report text states, line by line: fractions with or without their
 * percentage ("281/411 xã về đích nông thôn mới, đạt 68,13%"), totals with their parts ("2.849 cuộc
 * giám sát, trong đó: Cấp tỉnh: 15 cuộc, ..."; "1.454 tổ chức (trong đó có 778 ... và 676 ...)"),
 * ranges of percentages ("từ 55% đến 60%"), percentages and counts with their qualifier ("hơn 350
 * lượt đơn vị").
 *
 * <p>Numbers are read the Vietnamese way ({@code 2.849} is 2849, {@code 68,13} is 68.13). Dates
 * ({@code 07/01/2016}, "tháng 12/2020"), document numbers ({@code 34/2007/PL-UBTVQH11}, "số 13"),
 * years and durations ("05 năm") are not figures and are skipped. Each figure is reported once, as
 * its most specific kind. The extractor is a heuristic: what it finds is listed for a person to
 * confirm, and a figure it misses can be stated as a claim by hand.
 *
 * @since 0.1
 */
public final class ClaimExtractor {
  private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)";
  private static final String DECIMAL = "(\\d+(?:,\\d+)?)";
  private static final Pattern RANGE =
      Pattern.compile(
          "(?i)(?:từ\\s+)?" + DECIMAL + "\\s*%?\\s*(?:đến|-|–)\\s*" + DECIMAL + "\\s*%");
  private static final Pattern RATIO =
      Pattern.compile("(?<![\\d/.,])" + NUMBER + "/" + NUMBER + "(?![\\d/])");
  private static final Pattern RATIO_PERCENT =
      Pattern.compile("^[^;%]{0,100}?đạt\\s+" + DECIMAL + "\\s*%");
  private static final Pattern PERCENT =
      Pattern.compile(
          "(?i)(?:(hơn|trên|khoảng|gần|ít nhất|tối thiểu)\\s+)?(?<![\\d.,])" + DECIMAL + "\\s*%");
  private static final Pattern COUNT =
      Pattern.compile(
          "(?i)(?:(hơn|trên|khoảng|gần|ít nhất|tối thiểu)\\s+)?(?<![\\d/.,\\p{L}-])"
              + NUMBER
              + "(?![\\d/%,-]|\\.\\d)\\s+(\\p{L}+(?:\\s+\\p{L}+){0,3})");
  private static final Splitter ITEM_SEPARATOR = Splitter.onPattern(",\\s*|\\s+và\\s+");
  private static final Pattern PARTS_START = Pattern.compile("(?i)trong đó|gồm");
  private static final Pattern LABEL_FIRST =
      Pattern.compile("^(?:có\\s+)?([^:\\d]+?):?\\s*" + NUMBER + "(?:\\s+\\p{L}+)?$");
  private static final Pattern NUMBER_FIRST =
      Pattern.compile("^(?:có\\s+)?" + NUMBER + "\\s+(\\p{L}.*)$");
  private static final Pattern NOT_A_FIGURE_BEFORE =
      Pattern.compile(
          "(?i)(ngày|tháng|số|năm|từ|đến|khóa|lần thứ|kỳ|chỉ thị|nghị quyết|kết luận|quyết định|nghị"
              + " định|thông tư|kế hoạch|pháp lệnh|trung ương)\\s*$");
  private static final Pattern NOT_A_FIGURE_AFTER =
      Pattern.compile("(?i)^(năm|tháng|ngày|giờ|triệu|tỷ|nghìn)\\b");

  private ClaimExtractor() {}

  /** The figures {@code text} states, in order of appearance. */
  public static ImmutableList<ReportedFigure> extract(String text) {
    ImmutableList.Builder<ReportedFigure> figures = ImmutableList.builder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      figures.addAll(line(lines[i], i + 1));
    }
    return figures.build();
  }

  private static List<ReportedFigure> line(String line, int number) {
    List<Found> found = new ArrayList<>();
    BitSet taken = new BitSet(line.length());
    ranges(line, taken, found);
    ratios(line, taken, found);
    parts(line, taken, found);
    percents(line, taken, found);
    counts(line, taken, found);
    found.sort(java.util.Comparator.comparingInt(Found::start));
    List<ReportedFigure> figures = new ArrayList<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (Found f : found) {
      int occurrence = seen.merge(f.text(), 1, Integer::sum);
      String id = "L" + number + ":" + f.text() + (occurrence == 1 ? "" : "#" + occurrence);
      figures.add(new ReportedFigure(id, f.text(), number, f.claim()));
    }
    return figures;
  }

  private static void ranges(String line, BitSet taken, List<Found> found) {
    Matcher m = RANGE.matcher(line);
    while (m.find()) {
      found.add(
          figure(m.start(), m.group(), new Claim.Range(decimal(m.group(1)), decimal(m.group(2)))));
      taken.set(m.start(), m.end());
    }
  }

  private static void ratios(String line, BitSet taken, List<Found> found) {
    Matcher m = RATIO.matcher(line);
    while (m.find()) {
      if (taken.get(m.start())
          || NOT_A_FIGURE_BEFORE
              .matcher(line.substring(Math.max(0, m.start() - 12), m.start()))
              .find()) {
        continue;
      }
      long numerator = count(m.group(1));
      long denominator = count(m.group(2));
      Matcher percent = RATIO_PERCENT.matcher(line.substring(m.end()));
      Optional<BigDecimal> stated = Optional.empty();
      int end = m.end();
      int decimals = 0;
      if (percent.find()) {
        stated = Optional.of(decimal(percent.group(1)));
        decimals = Math.max(0, stated.get().scale());
        end = m.end() + percent.end();
      }
      found.add(
          figure(
              m.start(),
              line.substring(m.start(), end),
              new Claim.Ratio(numerator, denominator, stated, decimals)));
      taken.set(m.start(), end);
    }
  }

  private static void parts(String line, BitSet taken, List<Found> found) {
    Matcher m = PARTS_START.matcher(line);
    while (m.find()) {
      int sentenceStart =
          Math.max(
                  Math.max(line.lastIndexOf(". ", m.start()), line.lastIndexOf(";", m.start())), -1)
              + 1;
      Matcher total = COUNT.matcher(line.substring(sentenceStart, m.start()));
      long totalValue = -1;
      int totalStart = -1;
      while (total.find()) {
        totalValue = count(total.group(2));
        totalStart = sentenceStart + total.start(2);
      }
      int end = firstOf(line, m.end(), ";", ")", ". ");
      String list =
          line.substring(m.end(), end)
              .replaceFirst("^[:,\\s]+", "")
              .replaceFirst("\\.\\s*$", "")
              .trim();
      List<Claim.Part> items = items(list);
      if (totalValue < 0 || items.size() < 2) {
        continue;
      }
      found.add(
          figure(
              totalStart,
              line.substring(totalStart, end),
              new Claim.Parts(totalValue, ImmutableList.copyOf(items))));
      taken.set(totalStart, end);
    }
  }

  private static List<Claim.Part> items(String list) {
    List<Claim.Part> items = new ArrayList<>();
    for (String item : ITEM_SEPARATOR.split(list)) {
      String trimmed = item.trim();
      Matcher labelFirst = LABEL_FIRST.matcher(trimmed);
      Matcher numberFirst = NUMBER_FIRST.matcher(trimmed);
      if (labelFirst.matches()) {
        items.add(
            new Claim.Part(
                labelFirst.group(1).trim().toLowerCase(Locale.ROOT), count(labelFirst.group(2))));
      } else if (numberFirst.matches()) {
        items.add(new Claim.Part(numberFirst.group(2).trim(), count(numberFirst.group(1))));
      } else {
        return List.of();
      }
    }
    return items;
  }

  private static void percents(String line, BitSet taken, List<Found> found) {
    Matcher m = PERCENT.matcher(line);
    while (m.find()) {
      if (taken.get(m.start(2))) {
        continue;
      }
      BigDecimal value = decimal(m.group(2));
      found.add(
          figure(
              m.start(),
              m.group(),
              new Claim.Percent(value, Math.max(0, value.scale()), qualifier(m.group(1)))));
      taken.set(m.start(), m.end());
    }
  }

  private static void counts(String line, BitSet taken, List<Found> found) {
    Matcher m = COUNT.matcher(line);
    while (m.find()) {
      String digits = m.group(2);
      boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
      if (taken.get(m.start(2))
          || year
          || NOT_A_FIGURE_BEFORE
              .matcher(line.substring(Math.max(0, m.start(2) - 12), m.start(2)))
              .find()
          || NOT_A_FIGURE_AFTER.matcher(m.group(3)).find()) {
        continue;
      }
      found.add(
          figure(m.start(), m.group(), new Claim.Count(count(digits), qualifier(m.group(1)))));
      taken.set(m.start(), m.end());
    }
  }

  private static int firstOf(String line, int from, String... ends) {
    int end = line.length();
    for (String e : ends) {
      int i = line.indexOf(e, from);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return end;
  }

  /** A figure found at {@code start} of its line, its id not yet made unique. */
  private record Found(int start, String text, Claim claim) {}

  private static Found figure(int start, String text, Claim claim) {
    return new Found(start, text.trim(), claim);
  }

  private static Qualifier qualifier(String word) {
    return word == null ? Qualifier.EXACT : Qualifier.fromWord(word).orElse(Qualifier.ABOUT);
  }

  private static long count(String text) {
    return NumberStyle.VIETNAMESE.parse(text).longValueExact();
  }

  private static BigDecimal decimal(String text) {
    return NumberStyle.VIETNAMESE.parse(text);
  }
}
