// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fitted segmentation as a value of its own: everything needed to put a new user in the same
 * segment as the run did (features, their transforms and scaling constants, centroids in the scaled
 * space, segment numbers, names and colours), plus where it came from. The app, the streaming
 * scorer and the SQL generator all read it, so they label users alike.
 *
 * <p>The rule: a user with a value in every feature goes to the segment whose centroid is nearest
 * in the scaled space by squared Euclidean distance; on an exact tie, the lower segment number.
 */
public final class SegmentModel {
  /** The version of the saved form this code writes; readers refuse later ones. */
  public static final int FORMAT_VERSION = 1;

  /**
   * One feature: its column name, what is done to its values, and the scaling constants.
   *
   * @param scale infinite for a feature that did not vary in the data: it adds nothing to distances
   */
  public record Feature(String name, FeatureTransform transform, double center, double scale) {
    public Feature {
      Objects.requireNonNull(name);
      Objects.requireNonNull(transform);
    }
  }

  /** One segment: number (1 is the largest when fitted), name, colour and centroid in the scaled space. */
  public record Segment(int number, String name, String colour, long size, double[] centroid) {
    public Segment {
      centroid = centroid.clone();
    }

    @Override
    public double[] centroid() {
      return centroid.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Segment s && s.number == number && s.name.equals(name) && s.colour.equals(colour)
          && s.size == size && java.util.Arrays.equals(s.centroid, centroid);
    }

    @Override
    public int hashCode() {
      return Objects.hash(number, name, colour, size, java.util.Arrays.hashCode(centroid));
    }
  }

  /**
   * The data a model was fitted on.
   *
   * @param file the file's name (no folder: a model travels)
   * @param rows rows the fit saw (the sample's size when fitted on a sample)
   * @param rowsUsed rows with a value in every feature
   * @param columns the file's columns, in order
   * @param sample how the rows were drawn from a larger file, or null when the fit saw the whole file
   */
  public record Provenance(String file, String sha256, long rows, long rowsUsed, List<String> columns, Sample sample) {
    public Provenance {
      columns = List.copyOf(columns);
    }
  }

  /** A seeded uniform sample of {@code size} rows out of {@code ofRows}. */
  public record Sample(long size, long ofRows, long seed) {}

  private final String appVersion;
  private final Provenance provenance;
  private final Scaling scaling;
  private final List<Feature> features;
  private final List<Segment> segments;
  private final long seed;
  private final int restarts;
  private final FittedScaling fitted;
  private final double[][] centroids;

  public SegmentModel(String appVersion, Provenance provenance, Scaling scaling, List<Feature> features,
      List<Segment> segments, long seed, int restarts) {
    if (features.isEmpty() || segments.size() < 2) {
      throw new IllegalArgumentException("a model needs at least one feature and two segments");
    }
    for (int c = 0; c < segments.size(); c++) {
      if (segments.get(c).number() != c + 1 || segments.get(c).centroid.length != features.size()) {
        throw new IllegalArgumentException("segments are numbered 1..k in order, each with one value per feature");
      }
    }
    this.appVersion = Objects.requireNonNull(appVersion);
    this.provenance = Objects.requireNonNull(provenance);
    this.scaling = Objects.requireNonNull(scaling);
    this.features = List.copyOf(features);
    this.segments = List.copyOf(segments);
    this.seed = seed;
    this.restarts = restarts;
    this.fitted = FittedScaling.of(scaling, features.stream().map(Feature::name).toList(),
        features.stream().map(Feature::transform).toList(),
        features.stream().mapToDouble(Feature::center).toArray(),
        features.stream().mapToDouble(Feature::scale).toArray());
    this.centroids = segments.stream().map(s -> s.centroid).toArray(double[][]::new);
  }

  /** The model of a run, with the segments' current names and colours. */
  public static SegmentModel of(Segmentation segmentation, String appVersion) {
    FittedScaling scaling = segmentation.scaling();
    List<Feature> features = new ArrayList<>();
    double[] center = scaling.center();
    double[] scale = scaling.scale();
    for (int j = 0; j < scaling.features().size(); j++) {
      features.add(new Feature(scaling.features().get(j), scaling.transforms().get(j), center[j], scale[j]));
    }
    List<Segment> segments = new ArrayList<>();
    for (SegmentProfile profile : segmentation.segments()) {
      segments.add(new Segment(profile.number(), profile.name(), SegmentColours.hex(profile.identity()),
          profile.size(), segmentation.scaledCentroid(profile.number())));
    }
    var data = segmentation.dataset();
    List<String> columns = data.columns().stream().map(c -> c.name()).toList();
    var provenance = new Provenance(data.file().getFileName().toString(), data.sha256(), segmentation.rows(),
        segmentation.clustered(), columns, null);
    return new SegmentModel(appVersion, provenance, scaling.scaling(), features, segments,
        segmentation.settings().seed(), segmentation.settings().restarts());
  }

  /** The same model describing its data differently (for example, as a sample of a larger file). */
  public SegmentModel withProvenance(Provenance other) {
    return new SegmentModel(appVersion, other, scaling, features, segments, seed, restarts);
  }

  /**
   * The segment number (1..k) of a user with these values, in feature order and file units. Every
   * value must be a finite number the feature's transform accepts.
   */
  public int segmentOf(double[] values) {
    double[] x = fitted.transform(values);
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double distance = Statistics.squaredDistance(x, centroids[c]);
      if (distance < bestDistance) { // strictly less: a tie stays with the lower number
        bestDistance = distance;
        best = c;
      }
    }
    return best + 1;
  }

  public String appVersion() {
    return appVersion;
  }

  public Provenance provenance() {
    return provenance;
  }

  public Scaling scaling() {
    return scaling;
  }

  public List<Feature> features() {
    return features;
  }

  public List<String> featureNames() {
    return fitted.features();
  }

  public List<Segment> segments() {
    return segments;
  }

  public Segment segment(int number) {
    return segments.get(number - 1);
  }

  public int k() {
    return segments.size();
  }

  public long seed() {
    return seed;
  }

  public int restarts() {
    return restarts;
  }

  /** A segment's centroid in the file's units (scaling, then any transform, undone). */
  public double[] centroidInFileUnits(int number) {
    return fitted.inverse(centroids[number - 1]);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SegmentModel m && m.appVersion.equals(appVersion) && m.provenance.equals(provenance)
        && m.scaling == scaling && m.features.equals(features) && m.segments.equals(segments) && m.seed == seed
        && m.restarts == restarts;
  }

  @Override
  public int hashCode() {
    return Objects.hash(appVersion, provenance, scaling, features, segments, seed, restarts);
  }
}
