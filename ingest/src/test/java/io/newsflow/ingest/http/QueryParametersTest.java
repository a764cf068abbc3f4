package io.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryParametersTest {
  @Test
  void decodesPercentEscapesAsUtf8AndPlusAsSpace() throws Exception {
    QueryParameters query = QueryParameters.parse("source=zoo.pl&url=https://zoo.pl/%C5%BCaba&source_id=a+b&flag&source=second");
    assertThat(query.get("url")).isEqualTo("https://zoo.pl/żaba");
    assertThat(query.get("source_id")).isEqualTo("a b");
    assertThat(query.get("flag")).isEmpty();
    assertThat(query.get("source")).isEqualTo("zoo.pl");
    assertThat(query.get("missing")).isNull();
    assertThat(QueryParameters.parse(null).get("source")).isNull();
    assertThat(QueryParameters.parse("url=żaba").get("url")).isEqualTo("żaba"); // sent unescaped by a lax client
  }

  @Test
  void refusesBrokenEscapesAndBytesThatAreNotUtf8() {
    assertThatThrownBy(() -> QueryParameters.parse("source=zoo%2")).hasMessageContaining("broken percent escape");
    assertThatThrownBy(() -> QueryParameters.parse("source=zoo%G1")).hasMessageContaining("broken percent escape");
    assertThatThrownBy(() -> QueryParameters.parse("url=%C5")).hasMessageContaining("parameter 'url' is not valid UTF-8");
    assertThatThrownBy(() -> QueryParameters.parse("url=%BF%E6aba")).hasMessageContaining("not valid UTF-8");
  }
}
