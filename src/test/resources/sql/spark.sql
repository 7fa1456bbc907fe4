-- SegmentLab scoring SQL (spark): every row of analytics.users with segment and segment_name.
-- Model: format 1, SegmentLab test, fitted on ties.csv (sha256 ab12).
-- minmax scaling; 4 segments: 1 Spenders; 2 O'Brien \ fans; 3 Low, "very"; 4 Gone.
-- Rule: nearest centroid by squared distance; an exact tie goes to the lower segment number;
-- segment and segment_name are NULL when a feature is NULL or a logged feature is negative.
WITH scaled AS (
  -- each feature: (transform(value) - center) / scale
  SELECT
    t.*,
    (CASE WHEN CAST(t.`Last Visited Minutes` AS DOUBLE) >= 0 THEN LN(1 + CAST(t.`Last Visited Minutes` AS DOUBLE)) END - 0.0E0) / 1.0E0 AS segmentlab_x1,
    (CAST(t.`Spent (INR)` AS DOUBLE) - 10.0E0) / 2.0E0 AS segmentlab_x2,
    (CAST(t.`Flat "one"` AS DOUBLE)) * 0E0 AS segmentlab_x3
  FROM analytics.users AS t
),
distances AS (
  -- squared distance to each segment's centroid in the scaled space
  SELECT
    s.*,
    (s.segmentlab_x1 - 0.0E0) * (s.segmentlab_x1 - 0.0E0) + (s.segmentlab_x2 - 1.0E0) * (s.segmentlab_x2 - 1.0E0) + (s.segmentlab_x3 - 0.0E0) * (s.segmentlab_x3 - 0.0E0) AS segmentlab_d1,
    (s.segmentlab_x1 - 0.0E0) * (s.segmentlab_x1 - 0.0E0) + (s.segmentlab_x2 - (-1.0E0)) * (s.segmentlab_x2 - (-1.0E0)) + (s.segmentlab_x3 - 0.0E0) * (s.segmentlab_x3 - 0.0E0) AS segmentlab_d2,
    (s.segmentlab_x1 - 0.0E0) * (s.segmentlab_x1 - 0.0E0) + (s.segmentlab_x2 - (-3.0E0)) * (s.segmentlab_x2 - (-3.0E0)) + (s.segmentlab_x3 - 0.0E0) * (s.segmentlab_x3 - 0.0E0) AS segmentlab_d3,
    (s.segmentlab_x1 - 2.0E0) * (s.segmentlab_x1 - 2.0E0) + (s.segmentlab_x2 - 0.1E0) * (s.segmentlab_x2 - 0.1E0) + (s.segmentlab_x3 - 0.0E0) * (s.segmentlab_x3 - 0.0E0) AS segmentlab_d4
  FROM scaled AS s
)
SELECT
  `id`,
  `Last Visited Minutes`,
  `Spent (INR)`,
  `Flat "one"`,
  CASE
    WHEN segmentlab_d1 IS NULL THEN NULL
    WHEN segmentlab_d1 <= segmentlab_d2 AND segmentlab_d1 <= segmentlab_d3 AND segmentlab_d1 <= segmentlab_d4 THEN 1
    WHEN segmentlab_d2 <= segmentlab_d3 AND segmentlab_d2 <= segmentlab_d4 THEN 2
    WHEN segmentlab_d3 <= segmentlab_d4 THEN 3
    ELSE 4
  END AS segment,
  CASE
    WHEN segmentlab_d1 IS NULL THEN NULL
    WHEN segmentlab_d1 <= segmentlab_d2 AND segmentlab_d1 <= segmentlab_d3 AND segmentlab_d1 <= segmentlab_d4 THEN 'Spenders'
    WHEN segmentlab_d2 <= segmentlab_d3 AND segmentlab_d2 <= segmentlab_d4 THEN 'O\'Brien \\ fans'
    WHEN segmentlab_d3 <= segmentlab_d4 THEN 'Low, "very"'
    ELSE 'Gone'
  END AS segment_name
FROM distances;
