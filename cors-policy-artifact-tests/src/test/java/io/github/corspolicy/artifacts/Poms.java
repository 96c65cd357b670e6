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
package io.github.corspolicy.artifacts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The POMs as written in the repository, which is what a release deploys (the project uses no
 * version property that a flatten step would have to resolve), read with XPath.
 */
final class Poms {

	private Poms() {
	}

	/** The POM of a module directory, or the parent's for {@code ""}. */
	static Document read(String module) throws Exception {
		Path pom = BuiltArtifacts.ROOT.resolve(module).resolve("pom.xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(pom.toFile());
	}

	/** The text of every node the expression selects, trimmed, in document order. */
	static List<String> texts(Document pom, String expression) throws Exception {
		NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
			.evaluate(expression, pom, XPathConstants.NODESET);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent().trim());
		}
		return texts;
	}

	/** The text of the one node the expression selects, or "" when it selects none. */
	static String text(Document pom, String expression) throws Exception {
		List<String> texts = texts(pom, expression);
		return texts.isEmpty() ? "" : String.join(",", texts);
	}

}
