extension StringProtocol {
    /// The question a line or an argument holds: without white space or invisible characters
    /// (a byte-order mark, U+200B) at its edges, which files and copying add and nobody asks.
    var trimmingQuestionEdges: String {
        let scalars = String(self).unicodeScalars
        func visible(_ scalar: Unicode.Scalar) -> Bool {
            !scalar.properties.isWhitespace && !scalar.properties.isDefaultIgnorableCodePoint
        }
        guard let first = scalars.firstIndex(where: visible), let last = scalars.lastIndex(where: visible) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
