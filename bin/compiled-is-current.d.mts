/** The list of a build's inputs, inside the built folder. */
export declare const BUILD_INPUTS: string;
/** Whether `root`'s `built` folder (default dist) is as new as every file it was built from. */
export declare function compiledIsCurrent(root: string, built?: string): boolean;
