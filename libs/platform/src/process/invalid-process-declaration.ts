/** A process declared wrongly: thrown at declaration, so the server does not start with it. */
export class InvalidProcessDeclaration extends Error {
  constructor(process: string, problems: readonly string[]) {
    super(`The process «${process}» is declared wrongly: ${problems.join('; ')}`);
    this.name = 'InvalidProcessDeclaration';
  }
}
