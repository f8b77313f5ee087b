package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.national.VietnamPack;
import io.github.qcdc.rule.RulePack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The national pack as a rule pack document: valid against the schema and read back equal. */
class NationalPackJsonTest {
  @Test
  void theNationalPackGoesThroughItsDocumentUnchanged() throws IOException {
    RulePack pack = VietnamPack.pack().withoutExamples();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RulePackJson.write(pack, out);
    byte[] document = out.toByteArray();
    assertEquals(List.of(), Schemas.load(RulePackJson.schema()).violations(document));
    assertEquals(pack, RulePackJson.read(new ByteArrayInputStream(document), "vn-qcdc.json"));
  }
}
