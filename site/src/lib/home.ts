/** How many of the newest stories and press releases the home page shows. */
export const latestOnHome = 3
