// Collects bind parameters while SQL text is assembled, handing out $1, $2, ….
// Only this class ever turns a request value into SQL text: a placeholder.
export class SqlParams {
  readonly values: (string | null)[] = [];

  add(value: string | null): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
