// A progress line on stderr for long runs, only when a person is watching it.
export class Progress {
  private readonly started = Date.now();
  private shownAt = this.started;
  private shown = false;

  private readonly stream = process.stderr;

  /** Called as rows pass; draws at most twice a second, and only after the first second. */
  update(rows: number): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.shownAt < 500 || now - this.started < 1000) return;
    this.shownAt = now;
    this.shown = true;
    const perSecond = Math.round((rows * 1000) / (now - this.started));
    this.stream.write(`\r\u001b[K${rows.toLocaleString('en-US')} rows read · ${perSecond.toLocaleString('en-US')} rows/s`);
  }

  done(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
  }
}
