package io.github.qcdc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNamesTest {

  @ParameterizedTest
  @CsvSource({
    "Thái Hoà, Thái Hòa",
    "Thuỵ, Thụy",
    "Khoẻ, Khỏe",
    "Uỷ ban, Ủy ban",
    "Nghĩa  Đàn , nghĩa đàn",
    "QUỲNH LƯU, Quỳnh Lưu",
    "Hoá, hóa"
  })
  void findsTheSameNameWhateverTheTonePlacementCaseOrSpacing(String a, String b) {
    assertTrue(VietnameseNames.sameName(a, b), a + " vs " + b);
    assertEquals(VietnameseNames.normalize(a), VietnameseNames.normalize(b));
  }

  @ParameterizedTest
  @CsvSource({"Đồng, Dong", "Hoà, Hoa", "Hưng, Hung", "Lộc, Lốc"})
  void keepsLettersAndTonesThatMakeADifferentName(String a, String b) {
    assertFalse(VietnameseNames.sameName(a, b), a + " vs " + b);
  }

  @ParameterizedTest
  @CsvSource({"Thái Hòa", "Thụy Lôi"})
  void decomposedInputNormalisesLikeComposed(String name) {
    assertEquals(
        VietnameseNames.normalize(name),
        VietnameseNames.normalize(Normalizer.normalize(name, Normalizer.Form.NFD)));
    assertTrue(Normalizer.isNormalized(VietnameseNames.normalize(name), Normalizer.Form.NFC));
  }

  @ParameterizedTest
  @CsvSource({"Thái Hòa, thái hoà", "Thụy, thuỵ"})
  void putsTheToneOnTheSecondVowel(String name, String expected) {
    assertEquals(expected, VietnameseNames.normalize(name));
  }
}
