// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.cli.CommandLineTest.Run;
import org.segmentlab.testing.TestFiles;

/** The command line never writes the wrong file, half a set of files, or a file it was told not to. */
class OutputSafetyCommandLineTest {

  private static Run run(String... args) {
    return CommandLineTest.run(args);
  }

  private static Set<String> names(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  private static void assertOneErrorLine(Run run, String expected) {
    assertEquals(2, run.code(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertEquals(expected, run.errLines().get(0));
  }

  @Test
  void outputsNamingTheSameFileAreRefusedBeforeTheInputIsEvenRead(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.csv("bad/text-in-feature.csv"), folder);
    Path out = folder.resolve("o.csv");
    Run run = run("segment", input.toString(), "-o", out.toString(), "--profile", out.toString(),
        "--record", folder.resolve(".").resolve("o.csv").toString());
    assertOneErrorLine(run, "error: o.csv: the profile CSV (--profile) and the labelled CSV (-o) would be the same "
        + "file; give each output its own name.");
    assertEquals(Set.of("text-in-feature.csv"), names(folder));
  }

  @Test
  void anOutputThatIsALinkToTheInputIsRefused(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path link = Files.createSymbolicLink(folder.resolve("record.json"), input.getFileName());
    byte[] before = Files.readAllBytes(input);
    Run run = run("segment", input.toString(), "--record", link.toString());
    assertOneErrorLine(run, "error: record.json: this is the input file; choose another output name.");
    assertEquals(List.of(), List.of(names(folder).stream().filter(n -> n.endsWith("-segments.csv")).toArray()));
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)));
  }

  @Test
  void aPipeOrDeviceAsOutputIsRefusedAndStaysWhatItWas(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path fifo = folder.resolve("mypipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    Run run = run("segment", input.toString(), "-o", fifo.toString());
    assertOneErrorLine(run, "error: mypipe: it exists and is not a regular file (a device, a pipe or a socket), "
        + "so it is not replaced. Choose a file name.");
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
    Path device = folder.resolve("mynull");
    if (new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0) {
      Run onDevice = run("segment", input.toString(), "-o", device.toString());
      assertEquals(2, onDevice.code(), onDevice.err());
      assertFalse(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS), "the device node is kept");
    }
  }

  @Test
  void noClobberRefusesToReplaceAnyOutputAndWritesNone(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path profile = Files.writeString(folder.resolve("profile.csv"), "mine");
    Run run = run("segment", input.toString(), "--profile", profile.toString(), "--no-clobber");
    assertOneErrorLine(run, "error: profile.csv: it already exists and --no-clobber was given; nothing was written.");
    assertEquals("mine", Files.readString(profile));
    assertEquals(Set.of("userbehaviour.csv", "profile.csv"), names(folder));
    Path fresh = folder.resolve("fresh.csv");
    Run generate = run("generate", "--rows", "10", "-o", fresh.toString(), "--no-clobber");
    assertEquals(0, generate.code(), generate.err());
    Run again = run("generate", "--rows", "20", "-o", fresh.toString(), "--no-clobber");
    assertOneErrorLine(again, "error: fresh.csv: it already exists and --no-clobber was given; nothing was written.");
    assertEquals(11, Files.readAllLines(fresh).size());
  }

  @Test
  void outputsFollowTheUmaskAndReplacedOutputsKeepTheirMode(@TempDir Path folder) throws Exception {
    assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path plain = Files.createFile(folder.resolve("plain.txt"));
    Path generated = folder.resolve("generated.csv");
    Path record = Files.writeString(folder.resolve("run.json"), "{}");
    Files.setPosixFilePermissions(record, PosixFilePermissions.fromString("rw-rw-r--"));
    assertEquals(0, run("generate", "--rows", "10", "-o", generated.toString()).code());
    assertEquals(0, run("segment", input.toString(), "--record", record.toString()).code());
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(generated));
    assertEquals(Files.getPosixFilePermissions(plain),
        Files.getPosixFilePermissions(folder.resolve("userbehaviour-segments.csv")));
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(record)));
    assertTrue(Files.readString(record).contains("\"sha256\""));
  }

  @Test
  void aLongInputNameWhoseDefaultOutputNameIsTooLongIsOneLineNamingTheOutput(@TempDir Path folder)
      throws Exception {
    Path input = Files.copy(TestFiles.sample(), folder.resolve("u".repeat(246) + ".csv"));
    Run run = run("segment", input.toString());
    assertOneErrorLine(run, "error: " + "u".repeat(246) + "-segments.csv: the name is too long: 259 bytes, "
        + "where file names can have at most 255. Choose a shorter name.");
    Path legal = folder.resolve("x".repeat(236) + ".csv");
    Run ok = run("segment", input.toString(), "-o", legal.toString());
    assertEquals(0, ok.code(), ok.err());
    assertEquals(1000, Files.readAllLines(legal).size());
    assertEquals(2, names(folder).size(), "no temporary file is left");
  }

  @Test
  void aReadOnlyFolderIsOneLineNamingTheOutput(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path locked = Files.createDirectory(folder.resolve("locked"));
    assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(locked), "not running as root, who may write anywhere");
      Run run = run("segment", input.toString(), "-o", locked.resolve("out.csv").toString());
      assertOneErrorLine(run, "error: out.csv: its folder " + locked + " cannot be written to (permission denied). "
          + "Choose another folder.");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
