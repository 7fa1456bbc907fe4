// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Guards the layering of ARCHITECTURE.md: data ← segment ← present ← export ← {cli, ui}. */
@AnalyzeClasses(packages = "org.segmentlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule CORE_NEVER_TOUCHES_JAVA_FX_OR_PICOCLI = noClasses()
      .that().resideInAnyPackage("..data..", "..segment..", "..present..", "..export..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "org.controlsfx..",
          "org.segmentlab.ui..", "org.segmentlab.cli..");

  @ArchTest
  static final ArchRule DATA_DEPENDS_ON_NOTHING_ABOVE = noClasses()
      .that().resideInAPackage("org.segmentlab.data..")
      .should().dependOnClassesThat().resideInAnyPackage("org.segmentlab.segment..", "org.segmentlab.export..");

  @ArchTest
  static final ArchRule SEGMENT_DOES_NOT_EXPORT = noClasses()
      .that().resideInAPackage("org.segmentlab.segment..")
      .should().dependOnClassesThat().resideInAPackage("org.segmentlab.export..");

  @ArchTest
  static final ArchRule PRESENTATION_SITS_BELOW_EXPORT_AND_THE_FACES = noClasses()
      .that().resideInAPackage("org.segmentlab.present..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.segmentlab.export..", "org.segmentlab.cli..", "org.segmentlab.ui..", "javafx..");

  @ArchTest
  static final ArchRule SEGMENT_DOES_NOT_DRAW = noClasses()
      .that().resideInAnyPackage("org.segmentlab.data..", "org.segmentlab.segment..")
      .should().dependOnClassesThat().resideInAPackage("org.segmentlab.present..");

  @ArchTest
  static final ArchRule ONLY_THE_UI_USES_JAVA_FX = noClasses()
      .that().resideOutsideOfPackage("org.segmentlab.ui..")
      .and().doNotHaveFullyQualifiedName("org.segmentlab.Main")
      .should().dependOnClassesThat().resideInAPackage("javafx..");

  @ArchTest
  static final ArchRule FACES_DO_NOT_CALL_EACH_OTHER = noClasses()
      .that().resideInAPackage("org.segmentlab.cli..")
      .should().dependOnClassesThat().resideInAPackage("org.segmentlab.ui..");

  @ArchTest
  static final ArchRule SMILE_RANDOM_IS_SEEDED_IN_ONE_PLACE = noClasses()
      .that().doNotHaveFullyQualifiedName("org.segmentlab.segment.SeededRandom")
      .should().callMethod(smile.math.MathEx.class, "setSeed", long.class);
}
