package ma.hcp.simimo.catalogue;

import java.util.List;

/**
 * One page of a sorted list.
 *
 * @param items the rows of this page
 * @param page the page number, from 1
 * @param size the most rows a page holds
 * @param total the number of rows in all pages
 * @param sort the sort key in use
 */
public record ResultPage<T>(List<T> items, int page, int size, long total, String sort) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

}
