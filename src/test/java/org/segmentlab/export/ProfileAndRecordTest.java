// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.testing.TestFiles;

class ProfileAndRecordTest {

  @Test
  void profileAndRecordDescribeTheSameRun(@TempDir Path folder) throws Exception {
    var data = DatasetLoader.load(TestFiles.sample());
    var result = Segmenter.run(data, SegmentationSettings.defaults(
        List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND)));
    Path profile = folder.resolve("profile.csv");
    Path record = folder.resolve("run.json");
    ProfileCsvWriter.write(result, profile);
    RunRecordWriter.write(result, record);

    List<String> lines = Files.readAllLines(profile);
    assertEquals(5, lines.size());
    assertEquals("segment,segment_name,size,share,Last Visited Minutes mean,Last Visited Minutes median,"
        + "Average Spent on App (INR) mean,Average Spent on App (INR) median,silhouette,"
        + "Status: Uninstalled rate,flag,rule", lines.get(0));
    assertEquals("1," + result.segment(1).name() + "," + result.segment(1).size(),
        String.join(",", List.of(lines.get(1).split(",")).subList(0, 3)));

    JsonNode json = new ObjectMapper().readTree(record.toFile());
    assertEquals(data.sha256(), json.at("/input/sha256").asText());
    assertEquals(999, json.at("/input/rows_used").asInt());
    assertEquals("minmax", json.at("/scaling/method").asText());
    assertEquals(result.inertia(), json.at("/inertia").asDouble());
    assertEquals(42, json.at("/seed").asLong());
    assertEquals(4, json.at("/segments").size());
    assertEquals(result.segment(2).name(), json.at("/segments/1/name").asText());
    assertEquals("3.1.1", json.at("/versions/smile").asText());
    assertEquals(result.quality().mean(), json.at("/silhouette/mean").asDouble());
    assertEquals("Uninstalled", json.at("/outcome/value").asText());
  }
}
