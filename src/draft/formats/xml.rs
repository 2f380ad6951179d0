//! A small, capped XML tree for the parts of Word and OpenDocument files (built on `quick-xml`).
//!
//! No DTD is read and no entity is expanded beyond the five predefined ones and numeric
//! character references (an unknown entity is an error), the nesting depth and the number of
//! nodes are capped, and the tree is built without recursion.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// The deepest element nesting accepted (Word and LibreOffice files stay far below it).
pub const MAX_DEPTH: usize = 256;

/// The most elements and text nodes one part may hold.
pub const MAX_NODES: usize = 20_000_000;

/// An element: its qualified name as written (`w:p`, `text:list`), attributes and children.
#[derive(Debug, Clone, Default)]
pub struct Element {
    /// Qualified name, prefix included.
    pub name: String,
    /// Attributes (qualified names), values unescaped.
    pub attrs: Vec<(String, String)>,
    /// Child nodes in document order.
    pub children: Vec<Node>,
}

/// A node of the tree.
#[derive(Debug, Clone)]
pub enum Node {
    /// A child element.
    Element(Element),
    /// Character data (references resolved).
    Text(String),
}

impl Element {
    /// The value of attribute `name` (qualified), if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|c| match c {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// The `attr` attribute of the child `name` (Word's `<w:numId w:val="3"/>` pattern).
    pub fn child_attr(&self, name: &str, attr: &str) -> Option<&str> {
        self.child(name).and_then(|c| c.attr(attr))
    }

    /// All descendant elements named `name`, in document order (not below a match).
    pub fn descendants<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for e in self.elements() {
            if e.name == name {
                out.push(e);
            } else {
                e.descendants(name, out);
            }
        }
    }
}

/// Parses `xml` into its root element. Errors are short phrases (the caller names the file).
pub fn parse(xml: &str) -> Result<Element, String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Element> = vec![Element::default()];
    let mut nodes = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("malformed XML at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(start) => {
                if stack.len() > MAX_DEPTH {
                    return Err(format!("XML nested deeper than {MAX_DEPTH} levels"));
                }
                nodes += 1;
                stack.push(element(&start)?);
            }
            Event::Empty(start) => {
                nodes += 1;
                let e = element(&start)?;
                push(&mut stack, Node::Element(e));
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    return Err("malformed XML: unbalanced end tag".to_owned());
                }
                if let Some(done) = stack.pop() {
                    push(&mut stack, Node::Element(done));
                }
            }
            Event::Text(text) => {
                let s = text
                    .decode()
                    .map_err(|e| format!("malformed XML text: {e}"))?;
                nodes += 1;
                push_text(&mut stack, &s);
            }
            Event::CData(data) => {
                let s = data
                    .decode()
                    .map_err(|e| format!("malformed XML text: {e}"))?;
                nodes += 1;
                push_text(&mut stack, &s);
            }
            Event::GeneralRef(r) => {
                let c = if r.is_char_ref() {
                    r.resolve_char_ref()
                        .map_err(|e| format!("bad character reference: {e}"))?
                } else {
                    let name = r.decode().map_err(|e| format!("bad reference: {e}"))?;
                    Some(match name.as_ref() {
                        "lt" => '<',
                        "gt" => '>',
                        "amp" => '&',
                        "apos" => '\'',
                        "quot" => '"',
                        other => return Err(format!("undefined XML entity &{other};")),
                    })
                };
                if let Some(c) = c {
                    push_text(&mut stack, c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            Event::DocType(_) | Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
        if nodes > MAX_NODES {
            return Err(format!("XML has more than {MAX_NODES} nodes"));
        }
    }
    if stack.len() != 1 {
        return Err("malformed XML: truncated (unclosed elements)".to_owned());
    }
    let root = stack.pop().unwrap_or_default();
    root.children
        .into_iter()
        .find_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| "no XML root element".to_owned())
}

fn element(start: &BytesStart<'_>) -> Result<Element, String> {
    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for attr in start.attributes() {
        let attr = attr.map_err(|e| format!("malformed XML attribute: {e}"))?;
        let key = String::from_utf8_lossy(attr.key.as_ref()).into_owned();
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| format!("malformed XML attribute value: {e}"))?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Element {
        name,
        attrs,
        children: Vec::new(),
    })
}

fn push(stack: &mut [Element], node: Node) {
    if let Some(top) = stack.last_mut() {
        top.children.push(node);
    }
}

fn push_text(stack: &mut [Element], s: &str) {
    if let Some(top) = stack.last_mut() {
        if let Some(Node::Text(t)) = top.children.last_mut() {
            t.push_str(s);
        } else {
            top.children.push(Node::Text(s.to_owned()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_and_numeric_references_are_resolved() {
        let root = parse("<a x=\"&lt;&#65;\">1 &amp; 2 &#x41;</a>").unwrap();
        assert_eq!(root.attr("x"), Some("<A"));
        assert!(matches!(&root.children[0], Node::Text(t) if t == "1 & 2 A"));
    }

    #[test]
    fn dtd_entities_are_not_expanded() {
        let xml = "<!DOCTYPE a [<!ENTITY e \"boom\">]><a>&e;</a>";
        assert!(parse(xml).unwrap_err().contains("undefined XML entity"));
    }

    #[test]
    fn depth_is_capped_and_truncation_refused() {
        let deep = "<a>".repeat(MAX_DEPTH + 5) + &"</a>".repeat(MAX_DEPTH + 5);
        assert!(parse(&deep).unwrap_err().contains("deeper"));
        assert!(parse("<a><b>text</b>").unwrap_err().contains("truncated"));
        assert!(parse("<a><b></a>").is_err());
    }
}
