// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.segmentlab.data.NumberText;

/**
 * The one naming rule set: names each segment from its centroid against the whole population,
 * deterministically and uniquely, keeping the rule that produced each name for display.
 *
 * <p>With the standard columns the names are the archetypes product managers use. Remember that
 * "Last Visited Minutes" counts minutes since the last visit: a high value means inactive.
 */
public final class SegmentNamer {
  public static final String HIGH_SPENDERS = "High Spenders";
  public static final String FREQUENT_VISITORS = "Frequent Visitors";
  public static final String OCCASIONAL_USERS = "Occasional Users";
  public static final String AT_RISK = "At-Risk / Low Activity";

  private static final Map<String, String> SHORT_LABELS =
      Map.of(
          SegmentationSettings.SPEND, "Spend",
          "Average Screen Time", "Screen Time",
          "Left Review", "Reviews",
          "New Password Request", "Password Resets");

  /** A name and the plain-language rule behind it. */
  public record Naming(String name, String rule) {}

  /** Where the population lies, per feature: sorted values, mean and standard deviation. */
  public record Population(List<String> features, double[][] sorted, double[] means, double[] deviations) {}

  private SegmentNamer() {}

  /** Names k segments whose medians are their means (for tests and symmetric data). */
  public static List<Naming> name(Population population, double[][] centroids) {
    return name(population, centroids, centroids);
  }

  /**
   * Names k segments. Which segment is most typical of an archetype is decided by its mean; whether
   * it fits the archetype at all, and the band in its rule, by where its median user stands in the
   * population, which skewed columns such as minutes since the last visit do not distort.
   *
   * @param centroids each segment's feature means in file units
   * @param medians each segment's feature medians in file units
   */
  public static List<Naming> name(Population population, double[][] centroids, double[][] medians) {
    int k = centroids.length;
    List<String> features = population.features();
    String[] names = new String[k];
    int spend = features.indexOf(SegmentationSettings.SPEND);
    int minutes = features.indexOf(SegmentationSettings.MINUTES);
    if (spend >= 0 && minutes >= 0) {
      Set<Integer> open = new HashSet<>();
      IntStream.range(0, k).forEach(open::add);
      double[] spendRank = ranks(population, medians, spend);
      double[] minutesRank = ranks(population, medians, minutes);
      // each archetype goes to the most typical segment, and only if that segment fits it
      assign(names, open, byValue(centroids, spend).reversed(), HIGH_SPENDERS, c -> spendRank[c] >= 0.75);
      assign(names, open, byValue(centroids, minutes).reversed(), AT_RISK,
          c -> minutesRank[c] >= 0.5 && spendRank[c] <= 0.5);
      assign(names, open, byValue(centroids, minutes), FREQUENT_VISITORS, c -> minutesRank[c] < 0.5);
      assign(names, open, byValue(centroids, spend), OCCASIONAL_USERS, c -> spendRank[c] < 0.5);
    }
    List<Naming> result = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (String name : names) {
      if (name != null) {
        used.add(name);
      }
    }
    for (int c = 0; c < k; c++) {
      String rule = rule(population, centroids[c], medians[c]);
      String name = names[c] != null ? names[c] : distinctive(population, centroids[c], used);
      used.add(name);
      result.add(new Naming(name, rule));
    }
    return result;
  }

  private static Comparator<Integer> byValue(double[][] centroids, int feature) {
    return Comparator.<Integer>comparingDouble(c -> centroids[c][feature]).thenComparing(c -> c);
  }

  private static void assign(
      String[] names, Set<Integer> open, Comparator<Integer> order, String name, IntPredicate fits) {
    open.stream().min(order).filter(fits::test).ifPresent(c -> {
      names[c] = name;
      open.remove(c);
    });
  }

  private static double[] ranks(Population population, double[][] centroids, int feature) {
    double[] ranks = new double[centroids.length];
    for (int c = 0; c < centroids.length; c++) {
      ranks[c] = Statistics.percentileRank(population.sorted()[feature], centroids[c][feature]);
    }
    return ranks;
  }

  /** "High Ratings · Low Spend": the one or two features where the segment differs most. */
  private static String distinctive(Population population, double[] centroid, Set<String> used) {
    int d = centroid.length;
    Integer[] order = new Integer[d];
    double[] z = new double[d];
    for (int j = 0; j < d; j++) {
      order[j] = j;
      double sd = population.deviations()[j];
      z[j] = sd > 0 ? (centroid[j] - population.means()[j]) / sd : 0;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> -Math.abs(z[j])).thenComparing(j -> j));
    if (Math.abs(z[order[0]]) < 0.25) {
      return unique("Typical Users", used);
    }
    String first = describe(population.features().get(order[0]), z[order[0]]);
    String candidate = first;
    if (d > 1 && Math.abs(z[order[1]]) >= 0.25) {
      candidate = first + " · " + describe(population.features().get(order[1]), z[order[1]]);
    }
    if (used.contains(candidate) && d > 2) {
      candidate = candidate + " · " + describe(population.features().get(order[2]), z[order[2]]);
    }
    return unique(candidate, used);
  }

  private static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int copy = 2; used.contains(candidate); copy++) {
      candidate = name + " " + copy;
    }
    return candidate;
  }

  private static String describe(String feature, double z) {
    if (feature.equals(SegmentationSettings.MINUTES)) {
      // minutes since the last visit: a high value means the user has stayed away
      return z >= 1.0 ? "Long Absent"
          : z > 0 ? "Less Recent Visits"
          : z <= -1.0 ? "Very Recent Visits"
          : "Recent Visits";
    }
    String level = z >= 1.0 ? "Very High " : z > 0 ? "High " : z <= -1.0 ? "Very Low " : "Low ";
    return level + shortLabel(feature);
  }

  /** A short label for a column: known columns get a word, others lose "Average" and units. */
  public static String shortLabel(String feature) {
    String known = SHORT_LABELS.get(feature);
    if (known != null) {
      return known;
    }
    String label = feature.replaceAll("\\s*\\([^)]*\\)", "").replaceFirst("(?i)^average\\s+", "").strip();
    return label.isEmpty() ? feature : label;
  }

  /** "Average Spent on App (INR) in the top quarter (mean 812 vs 405 overall); …", banded by the median user. */
  static String rule(Population population, double[] centroid, double[] median) {
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < centroid.length; j++) {
      String feature = population.features().get(j);
      double rank = Statistics.percentileRank(population.sorted()[j], median[j]);
      String band = rank >= 0.75 ? "in the top quarter"
          : rank >= 0.5 ? "above the median"
          : rank >= 0.25 ? "below the median"
          : "in the bottom quarter";
      String meaning = "";
      if (feature.equals(SegmentationSettings.MINUTES)) {
        meaning = rank < 0.5 ? ", recent visits" : ", long since the last visit";
      }
      parts.add(
          feature + " " + band + meaning + " (mean " + NumberText.round(centroid[j], 1) + " vs "
              + NumberText.round(population.means()[j], 1) + " overall)");
    }
    return String.join("; ", parts);
  }
}
