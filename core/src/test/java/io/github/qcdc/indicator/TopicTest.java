package io.github.qcdc.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTest {
  @Test
  void everyTopicReadsBackFromItsText() {
    int n = 0;
    for (Topic.Category category : Topic.Category.values()) {
      for (Topic.Setting setting : Topic.Setting.values()) {
        Topic topic = Topic.of(category, setting);
        assertEquals(topic, Topic.parse(topic.toString()));
        n++;
      }
    }
    assertEquals(15, n);
    assertEquals(
        "supervision/commune",
        Topic.of(Topic.Category.SUPERVISION, Topic.Setting.COMMUNE).toString());
  }

  @Test
  void namesTheCategoriesAndSettingsInBothLanguages() {
    assertEquals(
        List.of(
            "công khai",
            "bàn và quyết định",
            "tham gia ý kiến",
            "kiểm tra, giám sát",
            "nội dung khác"),
        List.of(Topic.Category.values()).stream().map(c -> c.in(true)).toList());
    assertEquals("enterprises", Topic.Setting.ENTERPRISE.in(false));
  }

  @Test
  void refusesATextThatIsNotATopicWithTheReason() {
    assertEquals(
        "topic must be category/setting, such as supervision/commune: 'supervision'",
        assertThrows(IllegalArgumentException.class, () -> Topic.parse("supervision"))
            .getMessage());
    assertEquals(
        "unknown content category 'oversight'; expected one of [publicity, decision,"
            + " consultation, supervision, other]",
        assertThrows(IllegalArgumentException.class, () -> Topic.parse("oversight/commune"))
            .getMessage());
    assertEquals(
        "unknown setting 'ward'; expected one of [commune, agency, enterprise]",
        assertThrows(IllegalArgumentException.class, () -> Topic.parse("publicity/ward"))
            .getMessage());
  }
}
