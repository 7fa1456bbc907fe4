// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmentlab.testing.TestFiles;

class IdentifierColumnsTest {

  @ParameterizedTest
  @CsvSource({"id,true", "userid,true", "user_id,true", "User ID,true", "customerId,true", "accountID,true",
      "session-id,true", "uuid,true", "Ratings,false", "Paid,false", "Valid,false", "Android,false",
      "Left Review,false", "Average Spent on App (INR),false"})
  void namesThatSayIdentifier(String name, boolean identifier) {
    assertEquals(identifier, IdentifierColumns.hasIdentifierName(name), name);
  }

  @Test
  void aNumberingIsAnIdentifierWhateverItsName(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("numbers.csv");
    Files.writeString(file, "member,visits,spend\n7001,3,10.5\n7009,3,12\n7002,5,99\n7100,1,12\n");
    Dataset data = DatasetLoader.load(file);
    assertEquals(true, IdentifierColumns.isIdentifier(data, "member"));
    assertEquals(false, IdentifierColumns.isIdentifier(data, "visits"), "repeats");
    assertEquals(false, IdentifierColumns.isIdentifier(data, "spend"), "not whole numbers");
  }

  @Test
  void theSamplesIdentifierIsUseridAlone() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.sample());
    assertEquals(List.of("userid"),
        data.numericColumnNames().stream().filter(c -> IdentifierColumns.isIdentifier(data, c)).toList());
  }
}
