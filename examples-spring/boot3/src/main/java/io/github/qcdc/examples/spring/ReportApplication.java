package io.github.qcdc.examples.spring;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.io.json.DatasetJson;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * A Spring Boot application serving qcdc reports over HTTP, the same source built against Spring
 * Boot 3.5 (Jackson 2) and Spring Boot 4.0 (Jackson 3). qcdc-spring-boot gives it the Jackson
 * module, the {@code RulePack} of {@code qcdc.rules} and an {@code Evaluator}; the application adds
 * only its records, a dataset document named by {@code qcdc.example.dataset}.
 */
@SpringBootApplication
public class ReportApplication {
  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(ReportApplication.class, args);
  }

  /** The records: the dataset document {@code qcdc.example.dataset} names, read strictly. */
  @Bean
  public Dataset dataset(@Value("${qcdc.example.dataset}") Resource document) throws IOException {
    try (InputStream in = document.getInputStream()) {
      return DatasetJson.read(in, document.getDescription());
    }
  }
}
