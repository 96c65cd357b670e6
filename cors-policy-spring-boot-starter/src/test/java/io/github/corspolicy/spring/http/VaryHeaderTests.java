/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.corspolicy.spring.http;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VaryHeaderTests {

	@ParameterizedTest(name = "lines {0} + needed [{1}] -> missing [{2}]")
	@CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
			NONE                                   | Origin                         | Origin
			Origin                                 | Origin                         |
			origin                                 | Origin                         |
			Accept-Encoding                        | Origin                         | Origin
			Accept-Encoding;Origin                 | Origin                         |
			'Accept-Encoding, Origin'              | Origin                         |
			' Origin ,Accept'                      | Origin                         |
			Origins                                | Origin                         | Origin
			Orig                                   | Origin                         | Origin
			*                                      | Origin                         |
			'Accept, *'                            | Origin                         |
			Origin                                 | 'Origin, Access-Control-Request-Method' | Access-Control-Request-Method
			'Origin, access-control-request-method' | 'Origin, Access-Control-Request-Method' |
			',,'                                   | Origin                         | Origin
			Origin                                 | ' , '                          |
			""")
	void listsExactlyWhenNothingIsMissing(String lines, String needed, String missing) {
		List<String> existing = (lines != null) ? List.of(lines.split(";")) : List.of();
		String expected = (missing != null) ? missing : "";
		assertThat(VaryHeader.missing(existing, needed)).isEqualTo(expected);
		assertThat(VaryHeader.lists(existing, needed)).isEqualTo(expected.isEmpty());
	}

	@ParameterizedTest(name = "lines {0} list [{1}] once: {2}")
	@CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
			NONE                      | Origin                  | false
			Origin                    | Origin                  | true
			Origin;origin             | Origin                  | false
			'Origin, Accept, ORIGIN'  | Origin                  | false
			'Accept, Origin'          | 'Origin, Accept'        | true
			'Accept, Origin;Accept'   | 'Origin, Accept'        | false
			'*'                       | Origin                  | true
			""")
	void listsOnceOnlyWithoutRepeats(String lines, String needed, boolean once) {
		List<String> existing = (lines != null) ? List.of(lines.split(";")) : List.of();
		assertThat(VaryHeader.listsOnce(existing, needed)).isEqualTo(once);
	}

	@ParameterizedTest(name = "lines {0} -> [{1}]")
	@CsvSource(delimiter = '|', textBlock = """
			Origin                           | Origin
			Origin;origin                    | Origin
			'Origin, Accept-Encoding;origin' | 'Origin, Accept-Encoding'
			' , Accept ,;accept;Origin'      | 'Accept, Origin'
			'Origin;Accept, *'               | *
			""")
	void distinctKeepsTheFirstSpellingOfEachName(String lines, String distinct) {
		assertThat(VaryHeader.distinct(List.of(lines.split(";")))).isEqualTo(distinct);
	}

}
