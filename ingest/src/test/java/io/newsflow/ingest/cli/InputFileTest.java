package io.newsflow.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {
  @Test
  void followsALinkToAFolderAndLinksInsideIt(@TempDir Path dir) throws IOException {
    Path feeds = Files.createDirectories(dir.resolve("real/feeds"));
    Files.writeString(feeds.resolve("a.txt"), "Artykuł");
    Files.writeString(feeds.resolve("b.html"), "<p>Artykuł</p>");
    Path other = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(other.resolve("c.txt"), "Depesza");
    Files.createSymbolicLink(feeds.resolve("more"), other);
    Path link = Files.createSymbolicLink(dir.resolve("today"), feeds);

    List<InputFile> inputs = InputFile.expand(List.of(link.toString()), new RunTally());

    assertThat(inputs).extracting(i -> i.path().getFileName().toString()).containsExactly("a.txt", "b.html", "c.txt");
    assertThat(inputs).extracting(InputFile::size).containsExactly(8L, 15L, 7L);
  }

  @Test
  void reportsALinkLoopInsteadOfWalkingForever(@TempDir Path dir) throws IOException {
    Path feeds = Files.createDirectories(dir.resolve("feeds"));
    Files.writeString(feeds.resolve("a.txt"), "Artykuł");
    Files.createSymbolicLink(feeds.resolve("loop"), feeds);

    assertThatThrownBy(() -> InputFile.expand(List.of(feeds.toString()), new RunTally()))
        .isInstanceOf(IOException.class).hasMessageContaining("cannot read directory").hasMessageContaining("loops back");
  }
}
