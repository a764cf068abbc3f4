package io.newsflow.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypeTest {
  @Test
  void readsAHeaderOfOnlySeparatorsAsAnEmptyType() {
    // Found by IntakeFuzzTest: ";;" split to no parts at all and threw.
    assertThat(MediaType.parse(";;")).isEqualTo(new MediaType("", null));
    assertThat(MediaType.parse(";charset=utf-8")).isEqualTo(new MediaType("", "utf-8"));
  }

  @Test
  void splitsMimeTypeAndCharset() {
    assertThat(MediaType.parse("Text/HTML; Charset=\"ISO-8859-2\"")).isEqualTo(new MediaType("text/html", "ISO-8859-2"));
    assertThat(MediaType.parse("application/json")).isEqualTo(new MediaType("application/json", null));
    assertThat(MediaType.parse("text/plain; format=flowed; charset=utf-8").charset()).isEqualTo("utf-8");
    assertThat(MediaType.parse(" ")).isNull();
  }
}
