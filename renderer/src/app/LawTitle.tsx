const STATE = '中华人民共和国';

/**
 * A law's title that breaks, when it must, after 中华人民共和国 and nowhere else, so
 * "中华人民共和国行政处罚法" never leaves 法 (or 国) alone on a line.
 */
export function LawTitle({ title }: { title: string }) {
  if (!title.startsWith(STATE) || title.length === STATE.length) return <span className="nowrap-if-fits">{title}</span>;
  return (
    <>
      <span className="nowrap">{STATE}</span>
      <wbr />
      <span className="nowrap-if-fits">{title.slice(STATE.length)}</span>
    </>
  );
}
