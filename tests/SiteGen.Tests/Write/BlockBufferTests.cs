using System.Buffers;
using SiteGen.Write;

namespace SiteGen.Tests;

/// <summary>Large data files are written in blocks and read back as one sequence, byte for byte.</summary>
public sealed class BlockBufferTests
{
    [Fact]
    public void What_is_written_across_many_blocks_reads_back_in_order()
    {
        var expected = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        var buffer = new BlockBuffer();
        foreach (var piece in expected.Chunk(1_000))
        {
            buffer.Write(piece);
        }

        buffer.Length.ShouldBe(expected.Length);
        var sequence = buffer.ToSequence();
        sequence.IsSingleSegment.ShouldBeFalse();
        sequence.ToArray().ShouldBe(expected);
    }

    [Fact]
    public void A_request_larger_than_a_block_gets_a_block_that_size()
    {
        var buffer = new BlockBuffer();
        buffer.Write("ab"u8);
        var large = new byte[200_000];
        large.AsSpan().Fill(9);
        buffer.GetSpan(large.Length).Length.ShouldBeGreaterThanOrEqualTo(large.Length);
        buffer.Write(large);
        buffer.ToSequence().ToArray().ShouldBe([.. "ab"u8.ToArray(), .. large]);
    }

    [Fact]
    public void Nothing_written_is_an_empty_sequence() => new BlockBuffer().ToSequence().IsEmpty.ShouldBeTrue();

    [Fact]
    public void Advancing_past_the_memory_handed_out_is_refused()
    {
        var buffer = new BlockBuffer();
        var free = buffer.GetMemory(10).Length;
        Should.Throw<ArgumentOutOfRangeException>(() => buffer.Advance(free + 1));
    }
}
