// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DataException;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.FeatureTransform;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentModel;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.testing.TestFiles;

class ModelJsonTest {
  private static final List<String> STANDARD = List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND);

  private static Segmentation sampleRun() throws DataException {
    var settings = new SegmentationSettings(STANDARD, 4, Scaling.Z_SCORE, 42, 3)
        .withLogged(List.of(SegmentationSettings.MINUTES));
    return Segmenter.run(DatasetLoader.load(TestFiles.sample()), settings);
  }

  @Test
  void modelReadBackLabelsEveryUserAsTheRunDid(@TempDir Path folder) throws Exception {
    Segmentation run = sampleRun().withName(2, "Renamed, with \"quotes\"");
    SegmentModel model = SegmentModel.of(run, "test");
    Path file = folder.resolve("model.json");
    ModelJson.write(model, file);
    SegmentModel read = ModelJson.read(file);
    assertEquals(model, read);
    assertEquals("Renamed, with \"quotes\"", read.segment(2).name());
    for (int i = 0; i < run.matrix().size(); i++) {
      assertEquals(run.segmentOfUsableRow(i), read.segmentOf(run.matrix().row(i)), "usable row " + i);
    }
  }

  @Test
  void fileHoldsTheFieldsTheReadmeDescribes(@TempDir Path folder) throws Exception {
    Segmentation run = sampleRun();
    Path file = folder.resolve("model.json");
    ModelJson.write(SegmentModel.of(run, "1.2.3"), file);
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertEquals("segmentlab-model", json.get("format").asText());
    assertEquals(1, json.get("format_version").asInt());
    assertEquals("1.2.3", json.get("app_version").asText());
    assertEquals(run.dataset().sha256(), json.at("/data/sha256").asText());
    assertEquals("userbehaviour.csv", json.at("/data/file").asText());
    assertEquals(999, json.at("/data/rows").asInt());
    assertEquals("userid", json.at("/data/columns/0").asText());
    assertEquals("zscore", json.get("scaling").asText());
    assertEquals(SegmentationSettings.MINUTES, json.at("/features/0/name").asText());
    assertEquals("log1p", json.at("/features/0/transform").asText());
    assertEquals("none", json.at("/features/1/transform").asText());
    assertEquals(run.scaling().center()[0], json.at("/features/0/center").asDouble());
    assertEquals(run.scaling().scale()[1], json.at("/features/1/scale").asDouble());
    assertEquals(4, json.get("segments").size());
    assertEquals("#0072B2", json.at("/segments/0/colour").asText());
    assertEquals(run.segment(1).name(), json.at("/segments/0/name").asText());
    assertEquals(run.scaledCentroid(3)[1], json.at("/segments/2/centroid/1").asDouble());
    assertEquals(run.centroid(3)[0],
        json.at("/segments/2/centroid_in_file_units/" + SegmentationSettings.MINUTES).asDouble(), 1e-9);
  }

  @Test
  void exactTieGoesToTheLowerSegmentNumber() {
    var features = List.of(new SegmentModel.Feature("x", FeatureTransform.NONE, 0, 1));
    var provenance = new SegmentModel.Provenance("f.csv", "0", 2, 2, List.of("x"), null);
    var model = new SegmentModel("test", provenance, Scaling.NONE, features, List.of(
        new SegmentModel.Segment(1, "A", "#000000", 1, new double[] {2}),
        new SegmentModel.Segment(2, "B", "#000000", 1, new double[] {0})), 42, 1);
    assertEquals(1, model.segmentOf(new double[] {1}));
    assertEquals(2, model.segmentOf(new double[] {0.9}));
  }

  @Test
  void featureWithoutVariationIsSavedWithNullScaleAndReadBack(@TempDir Path folder) throws Exception {
    Path input = folder.resolve("flat.csv");
    Files.writeString(input, "a,b\n1,5\n2,5\n8,5\n9,5\n");
    var run = Segmenter.run(DatasetLoader.load(input), new SegmentationSettings(List.of("a", "b"), 2,
        Scaling.MIN_MAX, 42, 1));
    Path file = folder.resolve("model.json");
    ModelJson.write(SegmentModel.of(run, "test"), file);
    assertEquals("null", new ObjectMapper().readTree(file.toFile()).at("/features/1/scale").toString());
    SegmentModel read = ModelJson.read(file);
    assertEquals(Double.POSITIVE_INFINITY, read.features().get(1).scale());
    assertEquals(read.segmentOf(new double[] {1, 5}), read.segmentOf(new double[] {1, 1000}));
  }

  @Test
  void modelFromANewerFormatIsRefusedWithAClearMessage(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("model.json");
    ModelJson.write(SegmentModel.of(sampleRun(), "test"), file);
    Files.writeString(file, Files.readString(file).replace("\"format_version\" : 1", "\"format_version\" : 2"));
    DataException e = assertThrows(DataException.class, () -> ModelJson.read(file));
    assertEquals("model.json: this model has format version 2, written by a newer SegmentLab; this version reads "
        + "format 1. Update SegmentLab.", e.getMessage());
  }

  @Test
  void fileThatIsNotAModelIsAPlainError(@TempDir Path folder) throws Exception {
    Path notJson = folder.resolve("users.json");
    Files.writeString(notJson, "{\n  \"a\": 1,\n  oops\n}\n");
    DataException broken = assertThrows(DataException.class, () -> ModelJson.read(notJson));
    assertEquals(3, broken.line().orElseThrow());
    Path other = folder.resolve("other.json");
    Files.writeString(other, "{\"format\": \"something else\"}");
    DataException wrong = assertThrows(DataException.class, () -> ModelJson.read(other));
    assertEquals("other.json: this is not a SegmentLab model (it has no \"format\": \"segmentlab-model\"). "
        + "Export a model with segment --model or File ▸ Export model….", wrong.getMessage());
    Path incomplete = folder.resolve("incomplete.json");
    ModelJson.write(SegmentModel.of(sampleRun(), "test"), incomplete);
    Files.writeString(incomplete, Files.readString(incomplete).replace("\"scaling\" : \"zscore\"", "\"scaling\" : 5"));
    DataException missing = assertThrows(DataException.class, () -> ModelJson.read(incomplete));
    assertEquals("incomplete.json: the model is incomplete or inconsistent: the field \"scaling\" must be text.",
        missing.getMessage());
  }
}
