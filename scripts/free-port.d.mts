export function freePort(): Promise<number>;
export function isFreePort(port: number): Promise<boolean>;
