export class CatalogDemoData {}
