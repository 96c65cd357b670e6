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

}
