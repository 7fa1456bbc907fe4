// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.segmentlab.data.ReadableNumbers;

/**
 * The one naming rule set, shared by the app and the command line: names each segment by what
 * separates it from the other segments, never by how it compares with the whole population.
 *
 * <p>On each feature the segments fall into tiers: segments whose means lie within {@link #ALIKE}
 * standard deviations of the population of each other are alike on it. A segment is named after
 * the feature whose tiers set it apart from the most other segments (the largest gap breaks ties),
 * and, when some segments share that tier, a second feature that tells it apart from them. A
 * feature on which a segment is alike with all others is never in its name, so segments with the
 * same recency are told apart by spend, not all called "Frequent Visitors". The rule shown beside
 * the name lists, per feature, which segments it is above, alike with and below.
 *
 * <p>With the tutorial's columns the names are the archetypes product managers use. Remember that
 * "Last Visited Minutes" counts minutes since the last visit: a low value means a recent visit.
 */
public final class SegmentNamer {
  public static final String HIGH_SPENDERS = "High Spenders";
  public static final String MODERATE_SPENDERS = "Moderate Spenders";
  public static final String LOW_SPENDERS = "Low Spenders";
  public static final String FREQUENT_VISITORS = "Frequent Visitors";
  public static final String OCCASIONAL_USERS = "Occasional Users";
  public static final String LAPSING_USERS = "Lapsing Users";
  public static final String AT_RISK = "At-Risk / Low Activity";
  public static final String TYPICAL_USERS = "Typical Users";

  /**
   * Segment means closer than this many population standard deviations are alike on a feature:
   * half a standard deviation, the usual threshold for a "medium" difference between groups.
   */
  public static final double ALIKE = 0.5;

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

  /** Where a segment stands on one feature among the tiers of all segments. */
  private enum Level {
    LOW, MID, UPPER_MID, HIGH
  }

  private SegmentNamer() {}

  /**
   * Names k segments from their feature means in file units, given in segment-number order (the
   * rule refers to the other segments by number).
   */
  public static List<Naming> name(Population population, double[][] means) {
    int k = means.length;
    int d = population.features().size();
    int[][] tier = new int[d][];
    for (int j = 0; j < d; j++) {
      tier[j] = tiers(population, means, j);
    }
    List<Naming> result = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int c = 0; c < k; c++) {
      Set<Integer> others = new HashSet<>();
      for (int o = 0; o < k; o++) {
        if (o != c) {
          others.add(o);
        }
      }
      int primary = mostSeparating(population, means, tier, c, others, -1);
      String name;
      if (primary < 0) {
        name = TYPICAL_USERS;
      } else {
        name = word(population.features().get(primary), level(means, tier, primary, c), true);
        Set<Integer> alike = new HashSet<>();
        for (int o : others) {
          if (tier[primary][o] == tier[primary][c]) {
            alike.add(o);
          }
        }
        int secondary = alike.isEmpty() ? -1 : mostSeparating(population, means, tier, c, alike, primary);
        if (secondary >= 0) {
          name += " · " + word(population.features().get(secondary), level(means, tier, secondary, c), false);
        }
      }
      name = unique(name, used);
      used.add(name);
      result.add(new Naming(name, rule(population, means, tier, c)));
    }
    return result;
  }

  /**
   * Tiers of one feature: segments sorted by their mean, a new tier starting wherever a segment
   * lies more than {@link #ALIKE} standard deviations above the first of the current tier, so that
   * every two segments of a tier are alike (a chain of small steps does not make a tier).
   */
  private static int[] tiers(Population population, double[][] means, int feature) {
    int k = means.length;
    Integer[] order = new Integer[k];
    Arrays.setAll(order, c -> c);
    Arrays.sort(order, (a, b) -> Double.compare(means[a][feature], means[b][feature]));
    double sd = population.deviations()[feature];
    int[] tier = new int[k];
    int current = 0;
    double start = means[order[0]][feature];
    for (int i = 1; i < k; i++) {
      double value = means[order[i]][feature];
      if (sd > 0 && value - start > ALIKE * sd) {
        current++;
        start = value;
      }
      tier[order[i]] = current;
    }
    return tier;
  }

  /**
   * The feature that sets segment c apart from the most of the given segments, the larger smallest
   * gap (in standard deviations) breaking ties; -1 when no feature sets it apart from any.
   */
  private static int mostSeparating(
      Population population, double[][] means, int[][] tier, int c, Set<Integer> from, int except) {
    int best = -1;
    int bestCount = 0;
    double bestGap = 0;
    for (int j = 0; j < tier.length; j++) {
      if (j == except) {
        continue;
      }
      int count = 0;
      double gap = Double.POSITIVE_INFINITY;
      for (int o : from) {
        if (tier[j][o] != tier[j][c]) {
          count++;
          gap = Math.min(gap, Math.abs(means[o][j] - means[c][j]) / population.deviations()[j]);
        }
      }
      if (count > bestCount || count > 0 && count == bestCount && gap > bestGap) {
        best = j;
        bestCount = count;
        bestGap = gap;
      }
    }
    return best;
  }

  /**
   * The lowest tier is low and the highest high; tiers between are middling, or upper-middling
   * when there are four tiers or more and the segment lies in the upper half of the segments' range.
   */
  private static Level level(double[][] means, int[][] tier, int feature, int c) {
    int tiers = Arrays.stream(tier[feature]).max().orElse(0) + 1;
    int t = tier[feature][c];
    if (t == 0) {
      return Level.LOW;
    }
    if (t == tiers - 1) {
      return Level.HIGH;
    }
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (double[] mean : means) {
      lowest = Math.min(lowest, mean[feature]);
      highest = Math.max(highest, mean[feature]);
    }
    boolean upper = tiers >= 4 && means[c][feature] - lowest > (highest - lowest) / 2;
    return upper ? Level.UPPER_MID : Level.MID;
  }

  /** The words for a segment's level on a feature: a name of its own, or a qualifier after " · ". */
  private static String word(String feature, Level level, boolean alone) {
    if (feature.equals(SegmentationSettings.MINUTES)) {
      // minutes since the last visit: a low value is a recent visit
      return switch (level) {
        case LOW -> alone ? FREQUENT_VISITORS : "Recent Visits";
        case MID -> alone ? OCCASIONAL_USERS : "Occasional Visits";
        case UPPER_MID -> alone ? LAPSING_USERS : "Lapsing";
        case HIGH -> alone ? AT_RISK : "Long Absent";
      };
    }
    if (feature.equals(SegmentationSettings.SPEND)) {
      return switch (level) {
        case LOW -> alone ? LOW_SPENDERS : "Low Spend";
        case MID -> alone ? MODERATE_SPENDERS : "Moderate Spend";
        case UPPER_MID -> alone ? "Upper-Mid Spenders" : "Upper-Mid Spend";
        case HIGH -> alone ? HIGH_SPENDERS : "High Spend";
      };
    }
    String label = shortLabel(feature);
    return switch (level) {
      case LOW -> "Low " + label;
      case MID -> "Mid " + label;
      case UPPER_MID -> "Upper-Mid " + label;
      case HIGH -> "High " + label;
    };
  }

  private static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int copy = 2; used.contains(candidate); copy++) {
      candidate = name + " " + copy;
    }
    return candidate;
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

  /**
   * "Average Spent on App (INR) mean 724: above segment 3 (243); alike with segment 4 (772); below
   * segment 1 (1,241)": per feature, the other segments this one was compared with and how.
   */
  private static String rule(Population population, double[][] means, int[][] tier, int c) {
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < tier.length; j++) {
      String feature = population.features().get(j);
      boolean minutes = feature.equals(SegmentationSettings.MINUTES);
      List<Integer> below = new ArrayList<>();
      List<Integer> same = new ArrayList<>();
      List<Integer> above = new ArrayList<>();
      for (int o = 0; o < means.length; o++) {
        if (o == c) {
          continue;
        }
        (tier[j][o] < tier[j][c] ? below : tier[j][o] > tier[j][c] ? above : same).add(o);
      }
      List<String> comparisons = new ArrayList<>();
      if (!below.isEmpty()) {
        comparisons.add((minutes ? "less recent than " : "above ") + segments(means, below, j));
      }
      if (!same.isEmpty()) {
        comparisons.add("alike with " + segments(means, same, j));
      }
      if (!above.isEmpty()) {
        comparisons.add((minutes ? "more recent than " : "below ") + segments(means, above, j));
      }
      String subject = minutes ? feature + " (minutes since the last visit)" : feature;
      parts.add(subject + " mean " + ReadableNumbers.value(means[c][j], 1)
          + (comparisons.isEmpty() ? "" : ": " + String.join(", ", comparisons)));
    }
    return String.join("; ", parts);
  }

  /** "segments 1 (1,592) and 3 (1,813)": other segments by number, with their means. */
  private static String segments(double[][] means, List<Integer> which, int feature) {
    List<String> items = new ArrayList<>();
    for (int o : which) {
      items.add((o + 1) + " (" + ReadableNumbers.value(means[o][feature], 1) + ")");
    }
    String list = items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    return (items.size() == 1 ? "segment " : "segments ") + list;
  }
}
