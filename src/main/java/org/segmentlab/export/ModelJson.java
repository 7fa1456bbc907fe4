// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.segmentlab.data.DataException;
import org.segmentlab.segment.FeatureTransform;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentModel;

/**
 * The saved form of a {@link SegmentModel}: a versioned JSON file (described field by field in the
 * README). Numbers are written with full precision, so a model read back labels users exactly as
 * the one written. A file from a later format version is refused rather than half understood.
 */
public final class ModelJson {
  /** The value of the {@code format} field that says what the file is. */
  public static final String FORMAT = "segmentlab-model";
  /** The assignment rule, written into every model so a reader needs nothing else. */
  public static final String RULE = "Scale each feature: x = (transform(value) - center) / scale (a feature with "
      + "a null scale is 0). Assign the segment with the smallest sum of squared differences between x and its "
      + "centroid; on an exact tie, the lower segment number. A user missing any feature gets no segment.";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelJson() {}

  /** Writes the model atomically. */
  public static void write(SegmentModel model, Path target) throws IOException {
    AtomicFile.write(target, out -> bytes(model, out));
  }

  /** The model file as content for {@link Outputs}, so it is written with a run's other outputs. */
  public static AtomicFile.OutputContent content(SegmentModel model) {
    return out -> bytes(model, out);
  }

  private static void bytes(SegmentModel model, java.io.OutputStream out) throws IOException {
    JSON.writeValue(out, toJson(model));
    out.write('\n');
  }

  static ObjectNode toJson(SegmentModel model) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("format_version", SegmentModel.FORMAT_VERSION);
    root.put("app_version", model.appVersion());
    var provenance = model.provenance();
    ObjectNode data = root.putObject("data");
    data.put("file", provenance.file());
    data.put("sha256", provenance.sha256());
    data.put("rows", provenance.rows());
    data.put("rows_used", provenance.rowsUsed());
    ArrayNode columns = data.putArray("columns");
    provenance.columns().forEach(columns::add);
    if (provenance.sample() == null) {
      data.putNull("sample");
    } else {
      ObjectNode sample = data.putObject("sample");
      sample.put("rows", provenance.sample().size());
      sample.put("of_rows", provenance.sample().ofRows());
      sample.put("seed", provenance.sample().seed());
    }
    root.put("algorithm", "k-means");
    root.put("seed", model.seed());
    root.put("restarts", model.restarts());
    root.put("scaling", model.scaling().id());
    ArrayNode features = root.putArray("features");
    for (SegmentModel.Feature feature : model.features()) {
      ObjectNode f = features.addObject();
      f.put("name", feature.name());
      f.put("transform", feature.transform().id());
      f.put("center", feature.center());
      if (Double.isInfinite(feature.scale())) {
        f.putNull("scale");
      } else {
        f.put("scale", feature.scale());
      }
    }
    root.put("rule", RULE);
    ArrayNode segments = root.putArray("segments");
    for (SegmentModel.Segment segment : model.segments()) {
      ObjectNode s = segments.addObject();
      s.put("number", segment.number());
      s.put("name", segment.name());
      s.put("colour", segment.colour());
      s.put("size", segment.size());
      ArrayNode centroid = s.putArray("centroid");
      for (double value : segment.centroid()) {
        centroid.add(value);
      }
      ObjectNode inUnits = s.putObject("centroid_in_file_units");
      double[] units = model.centroidInFileUnits(segment.number());
      for (int j = 0; j < units.length; j++) {
        inUnits.put(model.features().get(j).name(), units[j]);
      }
    }
    return root;
  }

  /** Reads a model; anything that is not a model this version understands is a plain error. */
  public static SegmentModel read(Path file) throws DataException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.newInputStream(file));
    } catch (NoSuchFileException e) {
      throw DataException.inFile(file, "the file does not exist.");
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw DataException.atLine(file, at == null ? 0 : at.getLineNr(),
          "this is not a SegmentLab model: it is not valid JSON (" + e.getOriginalMessage() + ").", e);
    } catch (IOException e) {
      throw DataException.inFile(file, "the file cannot be read (" + e.getMessage() + ").", e);
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw DataException.inFile(file, "this is not a SegmentLab model (it has no \"format\": \"" + FORMAT
          + "\"). Export a model with segment --model or File ▸ Export model….");
    }
    int version = root.path("format_version").asInt(-1);
    if (version > SegmentModel.FORMAT_VERSION) {
      throw DataException.inFile(file, "this model has format version " + version + ", written by a newer "
          + "SegmentLab; this version reads format " + SegmentModel.FORMAT_VERSION + ". Update SegmentLab.");
    }
    if (version < 1) {
      throw DataException.inFile(file, "the model's \"format_version\" is missing or not a whole number.");
    }
    try {
      return fromJson(root);
    } catch (IllegalArgumentException e) {
      throw DataException.inFile(file, "the model is incomplete or inconsistent: " + e.getMessage() + ".", e);
    }
  }

  private static SegmentModel fromJson(JsonNode root) {
    JsonNode data = required(root, "data");
    JsonNode sampleNode = data.path("sample");
    SegmentModel.Sample sample = sampleNode.isObject()
        ? new SegmentModel.Sample(number(sampleNode, "rows").longValue(), number(sampleNode, "of_rows").longValue(),
            number(sampleNode, "seed").longValue())
        : null;
    List<String> columns = new ArrayList<>();
    data.path("columns").forEach(c -> columns.add(c.asText()));
    var provenance = new SegmentModel.Provenance(text(data, "file"), text(data, "sha256"),
        number(data, "rows").longValue(), number(data, "rows_used").longValue(), columns, sample);
    String scalingId = text(root, "scaling");
    Scaling scaling = Scaling.fromId(scalingId)
        .orElseThrow(() -> new IllegalArgumentException("unknown scaling \"" + scalingId + "\""));
    List<SegmentModel.Feature> features = new ArrayList<>();
    for (JsonNode f : array(root, "features")) {
      String transformId = text(f, "transform");
      FeatureTransform transform = FeatureTransform.fromId(transformId)
          .orElseThrow(() -> new IllegalArgumentException("unknown transform \"" + transformId + "\""));
      JsonNode scale = f.get("scale");
      features.add(new SegmentModel.Feature(text(f, "name"), transform, number(f, "center").doubleValue(),
          scale == null || scale.isNull() ? Double.POSITIVE_INFINITY : finite(scale, "scale")));
    }
    List<SegmentModel.Segment> segments = new ArrayList<>();
    for (JsonNode s : array(root, "segments")) {
      List<Double> centroid = new ArrayList<>();
      for (JsonNode value : array(s, "centroid")) {
        centroid.add(finite(value, "centroid"));
      }
      segments.add(new SegmentModel.Segment(number(s, "number").intValue(), text(s, "name"), text(s, "colour"),
          s.path("size").asLong(0), centroid.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return new SegmentModel(text(root, "app_version"), provenance, scaling, features, segments,
        root.path("seed").asLong(0), root.path("restarts").asInt(0));
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("the field \"" + field + "\" is missing");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("the field \"" + field + "\" must be text");
    }
    return value.asText();
  }

  private static Number number(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("the field \"" + field + "\" must be a number");
    }
    return value.numberValue();
  }

  private static double finite(JsonNode value, String field) {
    if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
      throw new IllegalArgumentException("\"" + field + "\" must hold finite numbers");
    }
    return value.doubleValue();
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isArray()) {
      throw new IllegalArgumentException("the field \"" + field + "\" must be a list");
    }
    return value;
  }
}
