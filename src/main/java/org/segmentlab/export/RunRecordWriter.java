// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.segment.FittedScaling;
import org.segmentlab.segment.Outcome;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;

/**
 * Writes the run record: a JSON file with everything needed to reproduce and audit a run (input
 * hash, features, scaling and its fitted parameters, k, seed, results, versions, time).
 */
public final class RunRecordWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunRecordWriter() {}

  /** Writes the run record on its own. */
  public static void write(Segmentation segmentation, Path target) throws DataException {
    var outputs = new Outputs().add(target, "run record").content(target, content(segmentation, Map.of()));
    outputs.check(segmentation.dataset().file());
    outputs.write();
  }

  /**
   * The run record as content for {@link Outputs}, with extra sections (for example, stability
   * figures) added at the end.
   */
  public static AtomicFile.OutputContent content(Segmentation segmentation, Map<String, Object> extra) {
    Map<String, Object> record = toMap(segmentation);
    record.putAll(extra);
    return out -> JSON.writeValue(out, record);
  }

  static Map<String, Object> toMap(Segmentation segmentation) {
    Dataset data = segmentation.dataset();
    FittedScaling scaling = segmentation.scaling();
    var settings = segmentation.settings();
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("app", "SegmentLab");
    record.put("version", Versions.app());
    record.put("created", Instant.now().toString());
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("file", data.file().toAbsolutePath().toString());
    input.put("sha256", data.sha256());
    input.put("bytes", data.sizeBytes());
    input.put("separator", data.dialect().separatorName());
    input.put("encoding", data.dialect().charset().name());
    input.put("rows", segmentation.rows());
    input.put("rows_used", segmentation.clustered());
    input.put("rows_skipped", segmentation.skipped());
    input.put("missing_by_feature", segmentation.matrix().missingByFeature());
    input.put("rows_left_out_for_text", segmentation.matrix().skippedForText());
    record.put("input", input);
    record.put("features", settings.features());
    Map<String, Object> scalingMap = new LinkedHashMap<>();
    scalingMap.put("method", scaling.scaling().id());
    Map<String, Object> transforms = new LinkedHashMap<>();
    for (int j = 0; j < scaling.features().size(); j++) {
      transforms.put(scaling.features().get(j), scaling.transforms().get(j).id());
    }
    scalingMap.put("transforms", transforms);
    scalingMap.put("center", finite(scaling.center()));
    scalingMap.put("scale", finite(scaling.scale()));
    scalingMap.put("warnings", scaling.warnings());
    record.put("scaling", scalingMap);
    record.put("k", settings.k());
    record.put("seed", settings.seed());
    record.put("restarts", settings.restarts());
    record.put("leave_out_text_cells", settings.leaveOutTextCells());
    record.put("algorithm", "k-means (Smile KMeans, k-means++ seeding), best inertia of the restarts");
    record.put("inertia", segmentation.inertia());
    List<Map<String, Object>> segments = new ArrayList<>();
    for (SegmentProfile profile : segmentation.segments()) {
      Map<String, Object> segment = new LinkedHashMap<>();
      segment.put("segment", profile.number());
      segment.put("name", profile.name());
      segment.put("rule", profile.rule());
      segment.put("size", profile.size());
      segment.put("share", profile.share());
      Map<String, Object> means = new LinkedHashMap<>();
      Map<String, Object> medians = new LinkedHashMap<>();
      for (int j = 0; j < settings.features().size(); j++) {
        means.put(settings.features().get(j), profile.means().get(j));
        medians.put(settings.features().get(j), profile.medians().get(j));
      }
      segment.put("means", means);
      segment.put("medians", medians);
      Map<String, Object> centroid = new LinkedHashMap<>();
      double[] centre = segmentation.centroid(profile.number());
      for (int j = 0; j < settings.features().size(); j++) {
        centroid.put(settings.features().get(j), centre[j]);
      }
      segment.put("centroid", centroid);
      segments.add(segment);
    }
    record.put("segments", segments);
    var quality = segmentation.quality();
    Map<String, Object> silhouette = new LinkedHashMap<>();
    silhouette.put("mean", quality.mean());
    silhouette.put("users_scored", quality.scored());
    silhouette.put("sampled", quality.sampled());
    silhouette.put("per_segment", quality.perSegment());
    silhouette.put("flags", quality.flags());
    record.put("silhouette", silhouette);
    Outcome.of(segmentation).ifPresent(outcome -> {
      Map<String, Object> rates = new LinkedHashMap<>();
      rates.put("column", outcome.column());
      rates.put("value", outcome.value());
      rates.put("overall_rate", outcome.overall());
      rates.put("rate_per_segment", outcome.perSegment());
      record.put("outcome", rates);
    });
    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("segmentlab", Versions.app());
    versions.put("smile", Versions.smile());
    versions.put("tablesaw", Versions.tablesaw());
    versions.put("java", Versions.java());
    record.put("versions", versions);
    return record;
  }

  /** JSON has no infinity: a feature with no variation is recorded with a null scale. */
  private static List<Double> finite(double[] values) {
    List<Double> list = new ArrayList<>();
    for (double v : values) {
      list.add(Double.isFinite(v) ? v : null);
    }
    return list;
  }
}
