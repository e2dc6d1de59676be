// ORIGINAL: java/SchemaOrgParser.java

// Copyright (c) 2020 Markus Mobius
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

// Copyright 2014 The Chromium Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package schemaorg

import (
	"golang.org/x/net/html"
)

type PersonItem struct {
	BaseThingItem
}

func NewPersonItem(element *html.Node) *PersonItem {
	item := &PersonItem{}
	item.init(Person, element)
	item.addStringPropertyName(FamilyNameProp)
	item.addStringPropertyName(GivenNameProp)
	return item
}

func (pi *PersonItem) getName() string {
	// Returns either the value of NameProp, or concatenated values
	// of GivenNameProp and FamilyNameProp delimited by a whitespace.
	if name := pi.getStringProperty(NameProp); name != "" {
		return name
	}

	givenName := pi.getStringProperty(GivenNameProp)
	familyName := pi.getStringProperty(FamilyNameProp)
	if givenName != "" && familyName != "" {
		givenName += " "
	}

	return givenName + familyName
}
