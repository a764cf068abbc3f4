package io.newsflow.ingest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A file to ingest and how to read it, decided by its extension. {@code path} is null for stdin.
 */
record InputFile(Path path, Kind kind, long size) {
  static final String STDIN = "-";

  enum Kind {
    TEXT("text/plain"), HTML("text/html"), ENVELOPE(null), JSON_LINES(null), STDIN(null), UNSUPPORTED(null);

    final String contentType;

    Kind(String contentType) {
      this.contentType = contentType;
    }

    static Kind of(Path path) {
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      return switch (extension) {
        case "txt" -> TEXT;
        case "html", "htm" -> HTML;
        case "json" -> ENVELOPE;
        case "jsonl", "ndjson" -> JSON_LINES;
        default -> UNSUPPORTED;
      };
    }
  }

  String location() {
    return path == null ? "stdin" : path.toString();
  }

  /**
   * The files named, with directories walked recursively in name order. Files in directories that
   * are hidden or have another extension are left out (and counted); a file named explicitly is
   * always listed, so an unsupported one is reported rather than ignored.
   */
  static List<InputFile> expand(List<String> arguments, RunTally tally) throws IOException {
    List<InputFile> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals(STDIN)) {
        inputs.add(new InputFile(null, Kind.STDIN, -1));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        // Links are followed, the folder named included: a linked feed directory is still a feed
        // directory. A link back up the tree ends the walk with an error naming it.
        try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
          walk.filter(Files::isRegularFile).sorted().forEach(file -> {
            Kind kind = Kind.of(file);
            if (kind == Kind.UNSUPPORTED || file.getFileName().toString().startsWith(".")) {
              tally.skippedFile();
            } else {
              inputs.add(new InputFile(file, kind, size(file)));
            }
          });
        } catch (UncheckedIOException e) {
          throw new IOException("cannot read directory " + argument + ": " + describe(e.getCause()), e.getCause());
        }
      } else if (Files.isRegularFile(path)) {
        inputs.add(new InputFile(path, Kind.of(path), Files.size(path)));
      } else {
        throw new IOException("no such file or directory: " + argument);
      }
    }
    return inputs;
  }

  private static String describe(IOException e) {
    return e instanceof FileSystemLoopException ? "a link loops back to " + e.getMessage() : String.valueOf(e.getMessage());
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
