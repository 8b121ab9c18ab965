/// Chinese numerals and the words that follow a number as its unit or measure, as scalars of
/// both scripts: one table wherever the engine asks whether a number is a quantity (兩千億,
/// 八個, 3000平方米) rather than a label in a name (營商環境5.0) or the 一 of one (一軸一路).
enum NumberWords {
    /// Chinese numerals (一 … 九, 十, 百, 千, 萬/万, 億/亿, 兩/两, 〇, 零).
    static let numerals: Set<UInt32> = scalars("〇零一二三四五六七八九十百千萬万億亿兩两")

    /// What follows a number as its unit or measure word.
    static let units: Set<UInt32> = scalars(
        "個个家億亿萬万千百元年月日號号%％倍項项條条位名座棟栋戶户人次宗批輪轮類类級级成周天屆届期所間间大強强平公米")

    /// Whether `character` is one of the `units`.
    static func isUnit(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.count == 1 && units.contains(scalars[scalars.startIndex].value)
    }

    private static func scalars(_ text: String) -> Set<UInt32> { Set(text.unicodeScalars.map(\.value)) }
}
