/**
 * "第二章 行政处罚的种类和设定": the number and the name each stay whole, so a narrow card
 * breaks at the space, never inside 第二章 or mid-word.
 */
export function ChapterTitle({ title }: { title: string }) {
  const space = title.indexOf(' ');
  if (space < 0) return <span className="chapter-title">{title}</span>;
  return (
    <span className="chapter-title">
      <span className="nowrap">{title.slice(0, space)}</span> <span className="keep-words">{title.slice(space + 1)}</span>
    </span>
  );
}
