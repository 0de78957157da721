export declare function iconSvg(): string;
export declare function iconRgba(samples?: number): Buffer;
export declare function encodePng(width: number, height: number, rgba: Buffer): Buffer;
