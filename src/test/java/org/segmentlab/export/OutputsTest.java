// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DataException;

/** What a run's outputs do to the files already there: all or nothing, never the wrong file. */
class OutputsTest {

  private static AtomicFile.OutputContent bytes(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Set<String> names(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @Test
  void aFailureOnTheLastOutputLeavesEveryOutputAsItWas(@TempDir Path folder) throws Exception {
    Path labelled = folder.resolve("labelled.csv");
    Path profile = folder.resolve("profile.csv");
    Files.writeString(labelled, "old labelled");
    var outputs = new Outputs().add(labelled, "labelled CSV").add(profile, "profile CSV")
        .content(labelled, bytes("new labelled"))
        .content(profile, out -> {
          out.write("half a prof".getBytes(StandardCharsets.UTF_8));
          throw new IOException("No space left on device");
        });
    outputs.check();
    var error = assertThrows(DataException.class, outputs::write);
    assertEquals("profile.csv: it cannot be written (No space left on device); nothing was written.",
        error.getMessage());
    assertEquals("old labelled", Files.readString(labelled));
    assertEquals(Set.of("labelled.csv"), names(folder), "no profile and no temporary file");
  }

  @Test
  void aMoveThatFailsAfterOthersSucceededPutsTheEarlierFilesBack(@TempDir Path folder) throws Exception {
    Path labelled = Files.writeString(folder.resolve("labelled.csv"), "old labelled");
    Path profile = folder.resolve("profile.csv");
    Path record = folder.resolve("run.json");
    var outputs = new Outputs().add(labelled, "labelled CSV").add(profile, "profile CSV").add(record, "run record")
        .content(labelled, bytes("new labelled"))
        .content(profile, bytes("new profile"))
        .content(record, out -> {
          out.write('{');
          // a folder appears where the record goes, after the check: moving the record there fails
          Files.createDirectories(record.resolve("in-the-way"));
        });
    outputs.check();
    var error = assertThrows(DataException.class, outputs::write);
    assertTrue(error.getMessage().startsWith("run.json: it cannot be written ("), error.getMessage());
    assertEquals("old labelled", Files.readString(labelled), "the replaced file is put back");
    assertFalse(Files.exists(profile), "the new file is removed");
    assertEquals(Set.of("labelled.csv", "run.json"), names(folder), "and no temporary file is left");
  }

  @Test
  void allOutputsAreWrittenTogether(@TempDir Path folder) throws Exception {
    Path a = folder.resolve("a.csv");
    Path b = folder.resolve("b.json");
    var outputs = new Outputs().add(a, "a").add(b, "b").content(a, bytes("A")).content(b, bytes("B"));
    outputs.check();
    outputs.write();
    assertEquals("A", Files.readString(a));
    assertEquals("B", Files.readString(b));
    assertEquals(Set.of("a.csv", "b.json"), names(folder));
  }

  @Test
  void twoOutputsNamingTheSameFileAreRefusedBeforeAnything(@TempDir Path folder) throws Exception {
    Path same = folder.resolve("o.csv");
    Path viaDots = folder.resolve("sub").resolve("..").resolve("o.csv");
    Files.createDirectory(folder.resolve("sub"));
    var outputs = new Outputs().add(same, "labelled CSV (-o)").add(viaDots, "run record (--record)");
    var error = assertThrows(DataException.class, outputs::check);
    assertTrue(error.getMessage().contains(
        "the run record (--record) and the labelled CSV (-o) would be the same file"), error.getMessage());
  }

  @Test
  void aHardLinkToTheInputIsRecognisedAsTheInput(@TempDir Path folder) throws Exception {
    Path input = Files.writeString(folder.resolve("users.csv"), "a,b\n1,2\n");
    Path link = Files.createLink(folder.resolve("other-name.csv"), input);
    var error = assertThrows(DataException.class, () -> new Outputs().add(link, "labelled CSV").check(input));
    assertTrue(error.getMessage().contains("this is the input file"), error.getMessage());
  }

  @Test
  void aSymbolicLinkOutputWritesToItsTargetAndStaysALink(@TempDir Path folder) throws Exception {
    Files.createDirectory(folder.resolve("real"));
    Path file = Files.writeString(folder.resolve("real").resolve("report.csv"), "old");
    Path link = Files.createSymbolicLink(folder.resolve("report-link.csv"), Path.of("real", "report.csv"));
    AtomicFile.writeText(link, out -> out.write("new"));
    assertTrue(Files.isSymbolicLink(link), "the link is kept");
    assertEquals("new", Files.readString(file));
    Path dangling = Files.createSymbolicLink(folder.resolve("later.csv"), Path.of("real", "later.csv"));
    AtomicFile.writeText(dangling, out -> out.write("made"));
    assertTrue(Files.isSymbolicLink(dangling));
    assertEquals("made", Files.readString(folder.resolve("real").resolve("later.csv")));
    assertEquals(Set.of("report.csv", "later.csv"), names(folder.resolve("real")));
  }

  @Test
  void aPipeAsOutputIsRefusedAndKept(@TempDir Path folder) throws Exception {
    Path fifo = folder.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    var outputs = new Outputs().add(fifo, "labelled CSV").content(fifo, bytes("x"));
    var error = assertThrows(DataException.class, outputs::check);
    assertEquals("pipe.csv: it exists and is not a regular file (a device, a pipe or a socket), so it is not replaced."
        + " Choose a file name.", error.getMessage());
    assertThrows(DataException.class, outputs::write);
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a pipe");
    assertThrows(IOException.class, () -> AtomicFile.write(fifo, out -> out.write(1)));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a pipe");
  }

  @Test
  void aNewFileFollowsTheUmaskAndAReplacedFileKeepsItsMode(@TempDir Path folder) throws Exception {
    assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(folder.resolve("made-by-java.txt"));
    Path fresh = folder.resolve("fresh.csv");
    AtomicFile.writeText(fresh, out -> out.write("x"));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh),
        "the same mode as any new file in this folder (umask)");
    Path shared = Files.writeString(folder.resolve("shared.csv"), "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFile.writeText(shared, out -> out.write("new"));
    assertEquals("new", Files.readString(shared));
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
  }

  @Test
  void noClobberRefusesAnExistingOutput(@TempDir Path folder) throws Exception {
    Path existing = Files.writeString(folder.resolve("out.csv"), "keep");
    var outputs = new Outputs().noClobber(true).add(existing, "labelled CSV").content(existing, bytes("new"));
    var error = assertThrows(DataException.class, outputs::check);
    assertEquals("out.csv: it already exists and --no-clobber was given; nothing was written.", error.getMessage());
    assertEquals("keep", Files.readString(existing));
  }

  @Test
  void aNameTooLongForTheFileSystemIsRefusedBeforeWriting(@TempDir Path folder) {
    Path tooLong = folder.resolve("u".repeat(250) + "-segments.csv");
    var error = assertThrows(DataException.class, () -> new Outputs().add(tooLong, "labelled CSV").check());
    assertTrue(error.getMessage().endsWith(": the name is too long: 263 bytes, where file names can have at most 255."
        + " Choose a shorter name."), error.getMessage());
  }

  @Test
  void aLongButLegalNameIsWrittenThoughItsTemporaryNameWouldOnceHaveBeenTooLong(@TempDir Path folder)
      throws Exception {
    Path legal = folder.resolve("x".repeat(240) + ".csv");
    var outputs = new Outputs().add(legal, "labelled CSV").content(legal, bytes("ok"));
    outputs.check();
    outputs.write();
    assertEquals("ok", Files.readString(legal));
  }

  @Test
  void staleTemporaryFilesOfStoppedRunsAreRemovedByTheNextWrite(@TempDir Path folder) throws Exception {
    long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
    Path stale = Files.writeString(folder.resolve(".segmentlab-" + gone + "-abc123.part"), "left by kill -9");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Path recent = Files.writeString(folder.resolve(".segmentlab-" + gone + "-def456.part"), "maybe still in use");
    Path ours = Files.writeString(folder.resolve(".segmentlab-" + ProcessHandle.current().pid() + "-aa.part"), "x");
    Files.setLastModifiedTime(ours, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path notOurs = Files.writeString(folder.resolve(".other-tool.part"), "not ours");
    Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofDays(30))));
    AtomicFile.writeText(folder.resolve("out.csv"), out -> out.write("x"));
    assertFalse(Files.exists(stale), "an hour-old temporary file of a process that is gone is removed");
    assertTrue(Files.exists(recent), "a recent one may belong to a run on another machine: kept");
    assertTrue(Files.exists(ours), "one of a running process is kept");
    assertTrue(Files.exists(notOurs), "other programs' files are never touched");
    assertEquals(List.of(), names(folder).stream().filter(n -> n.startsWith(".segmentlab-")
        && !n.equals(recent.getFileName().toString()) && !n.equals(ours.getFileName().toString())).toList());
  }
}
