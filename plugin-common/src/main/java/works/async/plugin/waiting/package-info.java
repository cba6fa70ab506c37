/**
 * What waits for the signed-in person, on one page of their own: replies they owe, ownership they have not
 * confirmed, reports awaiting their feedback and working agreements to acknowledge, each on an item they may still
 * see, with their own figures beside it. Nothing in it names or compares anyone else.
 */
package works.async.plugin.waiting;
